-- Neovim (Debian's 0.7) as a second, scripted LSP client of dist/server.js.
--   LSP_CMD='["node","dist/server.js","--stdio"]' nvim --headless -u NONE -i NONE -n -c "luafile test/neovim/lsp-check.lua" -- FILE
-- Opens FILE, attaches the server, waits for its textDocument/publishDiagnostics (Neovim 0.7 has no pull
-- diagnostics, so this is the push path VS Code does not use), prints one JSON line per diagnostic, then "DONE <n>".
-- Exit code: 0 when the server answered, 1 on timeout, 2 when the server could not start.
local function out(s) io.stdout:write(s .. '\n') end
local function finish(code) io.stdout:flush(); if code == 0 then vim.cmd('qall!') else vim.cmd('cquit! ' .. code) end end
local file = vim.fn.argv(0)
local cmd = vim.fn.json_decode(os.getenv('LSP_CMD') or '["node","dist/server.js","--stdio"]')
local wait_ms = tonumber(os.getenv('LSP_WAIT_MS') or '15000')
local id = vim.lsp.start_client({ name = 'stepwise', cmd = cmd, root_dir = vim.fn.getcwd() })
if not id then out('FAIL start_client'); finish(2) end
vim.cmd('edit ' .. vim.fn.fnameescape(file))
local buf = vim.api.nvim_get_current_buf()
local got = false
local orig = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
  if result and vim.uri_to_bufnr(result.uri) == buf then got = true end
  return orig(err, result, ctx, config)
end
vim.lsp.buf_attach_client(buf, id)
if not vim.wait(wait_ms, function() return got end, 20) then out('FAIL no publishDiagnostics within ' .. wait_ms .. ' ms'); finish(1) end
local ds = vim.diagnostic.get(buf)
for _, d in ipairs(ds) do
  out(vim.fn.json_encode({ line = d.lnum, col = d.col, end_line = d.end_lnum, end_col = d.end_col,
    severity = d.severity, code = d.code, source = d.source, message = d.message }))
end
out('DONE ' .. #ds)
vim.lsp.stop_client(id)
finish(0)
