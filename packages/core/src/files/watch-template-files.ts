import { type FSWatcher, readdirSync, watch } from 'node:fs';
import path from 'node:path';
import { AuthmailError } from '../errors.js';
import { errorCode } from './file-errors.js';
import { isDotfile } from './path-names.js';

/** Options for {@link watchTemplateFiles}. */
export interface WatchTemplateFilesOptions {
  /** Stops watching when aborted. */
  signal?: AbortSignal;
  /** Quiet time after the last change before `onChange` is called, in milliseconds. Default 50. */
  debounceMs?: number;
  /**
   * Called when watching the folder fails (it was removed, say); watching
   * has stopped then. Default: the error is ignored.
   */
  onError?: (error: AuthmailError) => void;
}

/** Default quiet time before a burst of changes is reported: an editor's save is several events. */
const defaultDebounceMs = 50;

/**
 * Watches a templates folder and each language folder in it (the two
 * levels templates live on; folders added later are watched too) and calls
 * `onChange` once a burst of changes has settled, with the absolute paths
 * that changed. Every folder there is is watched when it returns. Folders, not files, are watched, so a file an editor saves
 * by renaming a new copy over it stays watched. Changes to hidden entries
 * (`.git`, an editor's `.swp`) are not reported.
 *
 * @throws AuthmailError `invalid_config` naming `dir` when it cannot be watched.
 * @example
 * ```ts
 * const stop = new AbortController();
 * watchTemplateFiles('templates', (changed) => console.log('changed:', changed), { signal: stop.signal });
 * // later: stop.abort();
 * ```
 */
export function watchTemplateFiles(
  dir: string,
  onChange: (changedPaths: string[]) => void,
  options: WatchTemplateFilesOptions = {},
): void {
  const { signal, debounceMs = defaultDebounceMs, onError } = options;
  if (signal?.aborted) return;
  const root = path.resolve(dir);
  const changed = new Set<string>();
  const folderWatchers = new Map<string, FSWatcher>();
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  const report = () => {
    timer = undefined;
    const paths = [...changed].sort();
    changed.clear();
    onChange(paths);
  };
  const noteChange = (folder: string, fileName: string | null) => {
    if (stopped || (fileName !== null && isDotfile(fileName))) return;
    changed.add(fileName === null ? folder : path.join(folder, fileName));
    clearTimeout(timer);
    timer = setTimeout(report, debounceMs);
  };
  const unwatchFolder = (folder: string) => {
    folderWatchers.get(folder)?.close();
    folderWatchers.delete(folder);
  };
  const watchFolder = (folder: string) => {
    if (folderWatchers.has(folder)) return;
    try {
      const watcher = watch(folder, (_event, fileName) => noteChange(folder, fileName));
      // A language folder removed: the change to the root reports it.
      watcher.on('error', () => unwatchFolder(folder));
      folderWatchers.set(folder, watcher);
    } catch {
      // Gone before it could be watched: the root's change reports it.
    }
  };
  /** Watches every visible folder in the root, and no others. */
  const syncFolders = () => {
    if (stopped) return;
    const wanted = new Set(visibleFolders(root).map((name) => path.join(root, name)));
    for (const folder of folderWatchers.keys()) if (!wanted.has(folder)) unwatchFolder(folder);
    for (const folder of wanted) watchFolder(folder);
  };
  const stop = () => {
    stopped = true;
    clearTimeout(timer);
    rootWatcher.close();
    for (const folder of [...folderWatchers.keys()]) unwatchFolder(folder);
  };

  const rootWatcher = startWatching(root, dir, (fileName) => {
    noteChange(root, fileName);
    syncFolders();
  });
  rootWatcher.on('error', (error) => {
    stop();
    onError?.(watchError(dir, error));
  });
  syncFolders();
  signal?.addEventListener('abort', stop, { once: true });
}

/** The names of the visible folders in `root`; none when it cannot be read. */
function visibleFolders(root: string): string[] {
  try {
    const entries = readdirSync(root, { withFileTypes: true });
    return entries.filter((e) => e.isDirectory() && !isDotfile(e.name)).map((e) => e.name);
  } catch {
    return [];
  }
}

function startWatching(
  root: string,
  dir: string,
  onEvent: (fileName: string | null) => void,
): FSWatcher {
  try {
    return watch(root, (_event, fileName) => onEvent(fileName));
  } catch (error) {
    throw watchError(dir, error);
  }
}

function watchError(dir: string, error: unknown): AuthmailError {
  return new AuthmailError(
    'invalid_config',
    `The templates folder ${dir} cannot be watched (${errorCode(error)}): check that it exists.`,
    { details: { file: dir } },
  );
}
