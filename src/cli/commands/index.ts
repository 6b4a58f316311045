import type { CommandDefinition } from './command.js';
import { censusCommand } from './census.js';
import { checkCommand } from './check.js';
import { warnCommand } from './warn.js';
import { reportCommand } from './report.js';
import { homogeneityCommand } from './homogeneity.js';
import { indexCommand } from './index-score.js';
import { inspectCommand } from './inspect.js';
import { matrixCommand } from './matrix.js';
import { rankCommand } from './rank.js';
import { shortlistCommand } from './shortlist.js';
import { sqlCommand } from './sql.js';

/** Every `govmedia` command, in help order. Each is added when the library capability it runs lands. */
export const COMMANDS: readonly CommandDefinition[] = [rankCommand, shortlistCommand, inspectCommand, homogeneityCommand, matrixCommand, censusCommand, indexCommand, sqlCommand,
  // content checks, early warnings and the quarterly 通报 (issue 14)
  checkCommand, warnCommand, reportCommand,
];
