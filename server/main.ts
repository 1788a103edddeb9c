// Entry point of dist/server.js: `node dist/server.js --stdio` (also --node-ipc / --socket=N, as the client chooses).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

const connection = createConnection(ProposedFeatures.all);
startServer(connection);
