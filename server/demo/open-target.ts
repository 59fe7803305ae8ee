import { type CentralDb, openCentralDb } from '../db/connect.js';
import { migrateCentral } from '../db/migrate.js';
import { lockPgliteFolder } from '../db/pglite-lock.js';
import type { DatabaseTarget } from './cli-args.js';

/**
 * Opens and migrates the central database a command-line tool works on. A PGlite folder is
 * locked first (one process at a time); `close` releases both.
 */
export async function openMigratedTarget(
  target: DatabaseTarget,
): Promise<{ central: CentralDb; close(): Promise<void> }> {
  const unlock = target.pgliteDir ? lockPgliteFolder(target.pgliteDir) : () => {};
  try {
    const central = await openCentralDb(target);
    try {
      await migrateCentral(central.db);
    } catch (error) {
      await central.close();
      throw error;
    }
    return {
      central,
      async close() {
        try {
          await central.close();
        } finally {
          unlock();
        }
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}
