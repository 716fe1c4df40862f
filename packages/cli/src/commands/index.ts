import type { Command } from '../command.js';
import { checkCommand } from './check/command.js';
import { exportCommand } from './export/command.js';
import { importCommand } from './import/command.js';
import { previewCommand } from './preview/command.js';
import { sendCommand } from './send/command.js';

/** Every `authmail` command, in the order `authmail --help` lists them. */
export const commands: readonly Command[] = [
  previewCommand,
  checkCommand,
  sendCommand,
  importCommand,
  exportCommand,
];
