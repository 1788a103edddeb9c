// Links into the AWS Step Functions developer guide. Every doc in engine/asl points at the page it summarises.
export const GUIDE = 'https://docs.aws.amazon.com/step-functions/latest/dg/';

/** `guide('state-task.html')` → the full URL of that page of the developer guide. */
export function guide(page: string): string {
  return GUIDE + page;
}
