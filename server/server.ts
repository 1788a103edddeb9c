// The language server: LSP wiring only. Features live in engine/service; positions are converted in convert.ts.
import {
  CodeActionKind, DidChangeConfigurationNotification, ErrorCodes, ResponseError, DocumentDiagnosticReportKind, TextDocuments, TextDocumentSyncKind,
  type CancellationToken, type Connection, type FormattingOptions, type InitializeResult, type Range,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from '../engine/service';
import { fromDiagnostic, fromRange, toCompletionItem, toDiagnostic, toDocumentSymbol, toFoldingRange, toHighlight, toRange, toTextEdit } from './convert';
import { DocumentCache } from './documents';
import { registerGraph } from './graph';
import { runSafe } from './runner';
import { formatEnabled, ignoredCodes, Settings, toLanguageSettings, type ClientSettings } from './settings';

export interface ServerOptions {
  /** Delay between the last change and pushed diagnostics, in ms. */
  validationDelay?: number;
}

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  const cache = new DocumentCache();
  const ls = getLanguageService();
  let canAskConfiguration = false;
  let canRegisterConfiguration = false;
  let pullDiagnostics = false;
  const settings = new Settings(connection, () => canAskConfiguration);
  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  const delay = options.validationDelay ?? 150;

  connection.onInitialize((params): InitializeResult => {
    const caps = params.capabilities;
    canAskConfiguration = !!caps.workspace?.configuration;
    canRegisterConfiguration = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
    pullDiagnostics = !!caps.textDocument?.diagnostic;
    const init = params.initializationOptions as { settings?: ClientSettings } | undefined;
    if (init?.settings) settings.pushed = init.settings;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        completionProvider: { triggerCharacters: ['"', "'", ':', '.', '$', ' ', '(', ','], resolveProvider: false },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: { label: 'States' },
        documentHighlightProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.Refactor, CodeActionKind.RefactorRewrite] },
        documentFormattingProvider: true,
        documentRangeFormattingProvider: true,
        foldingRangeProvider: true,
        ...(pullDiagnostics ? { diagnosticProvider: { identifier: 'stepwise', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: 'stepwise', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (canRegisterConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'stepwise' });
  });

  /** The engine's diagnostics under the document's settings, less the codes the user ignores. */
  const validate = async (td: TextDocument) => {
    const cs = await settings.forDocument(td.uri);
    const ignore = ignoredCodes(cs);
    return ls.validate(cache.get(td), toLanguageSettings(cs)).filter((d) => !ignore.has(d.code));
  };
  const diagnosticsFor = async (td: TextDocument) => (await validate(td)).map((d) => toDiagnostic(td, d));

  const pushDiagnostics = (td: TextDocument) => {
    if (pullDiagnostics) return;
    clearTimeout(pending.get(td.uri));
    pending.set(td.uri, setTimeout(() => {
      pending.delete(td.uri);
      const version = td.version;
      diagnosticsFor(td).then((diagnostics) => {
        const current = documents.get(td.uri);
        if (current && current.version === version) void connection.sendDiagnostics({ uri: td.uri, version, diagnostics });
      }, (e) => connection.console.error(`diagnostics failed: ${(e as Error).stack}`));
    }, delay));
  };

  documents.onDidOpen((e) => pushDiagnostics(e.document));
  documents.onDidChangeContent((e) => pushDiagnostics(e.document));
  documents.onDidClose((e) => {
    clearTimeout(pending.get(e.document.uri));
    pending.delete(e.document.uri);
    cache.delete(e.document.uri);
    settings.forget(e.document.uri);
    if (!pullDiagnostics) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onDidChangeConfiguration((change) => {
    const pushed = (change.settings as { stepwise?: ClientSettings } | undefined)?.stepwise;
    settings.reset(pushed);
    if (pullDiagnostics) connection.languages.diagnostics.refresh();
    else documents.all().forEach(pushDiagnostics);
  });

  connection.languages.diagnostics.on(async (params) => {
    const td = documents.get(params.textDocument.uri);
    if (!td) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    try {
      return { kind: DocumentDiagnosticReportKind.Full, items: await diagnosticsFor(td) };
    } catch (e) {
      connection.console.error(`diagnostics failed: ${(e as Error).stack}`);
      return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    }
  });

  const withDoc = <T>(uri: string, fn: (td: TextDocument) => T, empty: T): T => {
    const td = documents.get(uri);
    return td ? fn(td) : empty;
  };

  connection.onCompletion((p, token) => runSafe(connection, 'completion', token, null, () => withDoc(p.textDocument.uri, (td) => {
    const offset = td.offsetAt(p.position);
    const result = ls.complete(cache.get(td), offset);
    const text = td.getText();
    let start = offset;
    while (start > 0 && /[\w.$@-]/.test(text[start - 1])) start--;
    const defaultRange = toRange(td, start, offset - start);
    return { isIncomplete: result.isIncomplete, items: result.items.map((c) => toCompletionItem(td, c, defaultRange)) };
  }, null)));

  connection.onHover((p, token) => runSafe(connection, 'hover', token, null, () => withDoc(p.textDocument.uri, (td) => {
    const h = ls.hover(cache.get(td), td.offsetAt(p.position));
    return h ? { contents: { kind: 'markdown' as const, value: h.contents }, range: toRange(td, h.range.offset, h.range.length) } : null;
  }, null)));

  connection.onDefinition((p, token) => runSafe(connection, 'definition', token, null, () => withDoc(p.textDocument.uri, (td) =>
    ls.definition(cache.get(td), td.offsetAt(p.position)).map((l) => ({ uri: td.uri, range: toRange(td, l.offset, l.length) })), null)));

  connection.onReferences((p, token) => runSafe(connection, 'references', token, null, () => withDoc(p.textDocument.uri, (td) =>
    ls.references(cache.get(td), td.offsetAt(p.position), p.context.includeDeclaration).map((l) => ({ uri: td.uri, range: toRange(td, l.offset, l.length) })), null)));

  connection.onPrepareRename((p, token) => runSafe(connection, 'prepareRename', token, null, () => withDoc(p.textDocument.uri, (td) => {
    const r = ls.prepareRename(cache.get(td), td.offsetAt(p.position));
    if (!r) return null;
    if ('error' in r) throw new ResponseError(ErrorCodes.InvalidRequest, r.error);
    return { range: toRange(td, r.range.offset, r.range.length), placeholder: r.placeholder };
  }, null)));

  connection.onRenameRequest((p, token) => runSafe(connection, 'rename', token, null, () => withDoc(p.textDocument.uri, (td) => {
    const r = ls.rename(cache.get(td), td.offsetAt(p.position), p.newName);
    if (!r) return null;
    if ('error' in r) throw new ResponseError(ErrorCodes.InvalidRequest, r.error);
    return { changes: { [td.uri]: r.edits.map((e) => toTextEdit(td, e)) } };
  }, null)));

  connection.onDocumentSymbol((p, token) => runSafe(connection, 'documentSymbol', token, null, () => withDoc(p.textDocument.uri, (td) =>
    ls.documentSymbols(cache.get(td)).map((s) => toDocumentSymbol(td, s)), null)));

  connection.onDocumentHighlight((p, token) => runSafe(connection, 'documentHighlight', token, null, () => withDoc(p.textDocument.uri, (td) =>
    ls.documentHighlights(cache.get(td), td.offsetAt(p.position)).map((h) => toHighlight(td, h)), null)));

  connection.onCodeAction((p, token) => runSafe(connection, 'codeAction', token, null, () => withDoc(p.textDocument.uri, (td) => {
    const diags = p.context.diagnostics.filter((d) => d.source === 'stepwise').map((d) => fromDiagnostic(td, d));
    return ls.codeActions(cache.get(td), fromRange(td, p.range), diags).map((a) => ({
      title: a.title, kind: a.kind, isPreferred: a.isPreferred,
      diagnostics: p.context.diagnostics.filter((d) => a.diagnostics?.some((x) => x.code === String((d.data as { code?: string } | undefined)?.code ?? d.code) && fromRange(td, d.range).offset <= x.offset + x.length && fromRange(td, d.range).offset + fromRange(td, d.range).length >= x.offset)),
      edit: { changes: { [td.uri]: a.edits.map((e) => toTextEdit(td, e)) } },
    }));
  }, null)));

  const formatting = async (uri: string, range: Range | undefined, options: FormattingOptions, token: CancellationToken) => {
    const td = documents.get(uri);
    if (!td || !formatEnabled(await settings.forDocument(uri))) return null;
    return runSafe(connection, 'formatting', token, null, () =>
      ls.format(cache.get(td), range && fromRange(td, range), { tabSize: options.tabSize, insertSpaces: options.insertSpaces }).map((e) => toTextEdit(td, e)));
  };
  connection.onDocumentFormatting((p, token) => formatting(p.textDocument.uri, undefined, p.options, token));
  connection.onDocumentRangeFormatting((p, token) => formatting(p.textDocument.uri, p.range, p.options, token));

  connection.onFoldingRanges((p, token) => runSafe(connection, 'foldingRange', token, null, () => withDoc(p.textDocument.uri, (td) =>
    ls.foldingRanges(cache.get(td)).map((f) => toFoldingRange(td, f)).filter((f) => f !== undefined), null)));

  registerGraph(connection, documents, cache, { validate });
  documents.listen(connection);
  connection.listen();
}
