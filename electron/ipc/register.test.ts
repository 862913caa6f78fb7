import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from './channels';
import {
  guardedInvoke,
  handle,
  isTrustedSender,
  registerIpcHandlers,
  type IpcHandlers,
  type IpcMainLike,
} from './register';
import { IpcArgumentError } from './schemas';

function fakeIpc() {
  const map = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
  const ipc = {
    handle: vi.fn((channel: string, fn: (event: unknown, ...args: unknown[]) => unknown) =>
      map.set(channel, fn),
    ),
    removeHandler: vi.fn((channel: string) => map.delete(channel)),
  };
  return { ipc: ipc as unknown as IpcMainLike, map };
}

const trusted = { senderFrame: { url: 'app://levenslijn/index.html#/wall/case_a' } };

describe('isTrustedSender', () => {
  it.each(['app://levenslijn/', 'app://levenslijn/index.html', 'app://levenslijn/index.html#/wall/case_abc'])(
    'trusts %s',
    (url) => expect(isTrustedSender(url)).toBe(true),
  );
  it.each([
    '',
    null,
    undefined,
    'not a url',
    'https://levenslijn/',
    'http://localhost:5173/',
    'file:///app/dist/renderer/index.html',
    'app://evil/',
    'app://levenslijn.evil.com/',
    'app://evil.levenslijn/',
    'app://levenslijn@evil/',
    'app://user:pw@levenslijn/',
    'app://levenslijn:8080/',
    'about:blank',
    'data:text/html,<script>1</script>',
    'devtools://devtools/bundled/inspector.html',
    // Chromium lower-cases hosts of standard schemes before we see them; anything else is refused.
    'app://LEVENSLIJN/index.html',
  ])('rejects %s', (url) => expect(isTrustedSender(url as string)).toBe(false));
});

describe('guardedInvoke', () => {
  it('calls the handler with parsed arguments from a trusted sender', async () => {
    const handler = vi.fn(async () => ({ placement: 'window' as const }));
    await expect(guardedInvoke('openWall', handler, trusted, ['case_a'])).resolves.toEqual({
      placement: 'window',
    });
    expect(handler).toHaveBeenCalledWith(trusted, 'case_a');
  });

  it('rejects a wrong sender before looking at the arguments', async () => {
    const handler = vi.fn();
    await expect(
      guardedInvoke('openWall', handler, { senderFrame: { url: 'https://evil.example/' } }, ['case_a']),
    ).rejects.toThrow(/untrusted sender/);
    await expect(guardedInvoke('openWall', handler, { senderFrame: null }, ['case_a'])).rejects.toThrow(
      /untrusted sender/,
    );
    await expect(guardedInvoke('openWall', handler, {}, ['case_a'])).rejects.toThrow(/untrusted sender/);
    expect(handler).not.toHaveBeenCalled();
  });

  it('rejects bad arguments with a clear error', async () => {
    const handler = vi.fn();
    await expect(guardedInvoke('openWall', handler, trusted, ['../../etc'])).rejects.toThrow(
      IpcArgumentError,
    );
    await expect(guardedInvoke('openWall', handler, trusted, ['../../etc'])).rejects.toThrow(
      /Invalid arguments for IPC channel "openWall"/,
    );
    await expect(guardedInvoke('writeBackup', handler, trusted, ['case_a'])).rejects.toThrow(
      IpcArgumentError,
    );
    expect(handler).not.toHaveBeenCalled();
  });
});

describe('registration', () => {
  it('registers every channel through the guard', async () => {
    const { ipc, map } = fakeIpc();
    const handlers: IpcHandlers = {
      saveFile: vi.fn(async () => ({ saved: false as const })),
      openFile: vi.fn(async () => ({ opened: false as const, reason: 'cancelled' as const })),
      openWall: vi.fn(async () => ({ placement: 'window' as const })),
      writeBackup: vi.fn(async () => undefined),
      listBackups: vi.fn(async () => []),
      deleteBackups: vi.fn(async () => undefined),
      readBackup: vi.fn(async () => '{}'),
      appendJournal: vi.fn(async () => undefined),
      readJournal: vi.fn(async () => ''),
      printReportToPdf: vi.fn(async () => ({ saved: false as const })),
      listCaseKeys: vi.fn(async () => []),
      saveCaseKey: vi.fn(async () => undefined),
      destroyCaseKey: vi.fn(async () => undefined),
      takeOpenedFiles: vi.fn(async () => []),
    };
    registerIpcHandlers(ipc, handlers);
    expect([...map.keys()].sort()).toEqual(Object.values(IPC_CHANNELS).sort());

    const listBackups = map.get(IPC_CHANNELS.listBackups)!;
    await expect(listBackups(trusted)).resolves.toEqual([]);
    await expect(listBackups({ senderFrame: { url: 'https://evil/' } })).rejects.toThrow(/untrusted/);
    const writeBackup = map.get(IPC_CHANNELS.writeBackup)!;
    await expect(writeBackup(trusted, 'bad id', '{}')).rejects.toThrow(/caseId/);
    expect(handlers.writeBackup).not.toHaveBeenCalled();
  });

  it('replaces an existing handler instead of throwing on double registration', () => {
    const { ipc, map } = fakeIpc();
    handle(ipc, 'listBackups', async () => []);
    handle(ipc, 'listBackups', async () => []);
    expect(map.size).toBe(1);
  });
});
