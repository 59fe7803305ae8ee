import { type DemoAccount, namedRole } from './accounts.js';
import type { SqlValue } from './bulk/writers.js';
import { BULK_USER_HASH, DEMO2_USER_HASH, DEMO_PASSWORD, DEMO_USER_HASH } from './passwords.js';
import { REGIONS } from './catalog/regions.js';

/** A named demo login, as printed by the CLI and documented in the README. */
export interface DemoUser {
  login: string;
  password: string;
  fullName: string;
  regionCode: string;
  accounts: string[];
}

/** Bulk users get ids after the named ones. */
export const FIRST_BULK_USER_ID = 3;

const NAMED = {
  demo: { id: 1, hash: DEMO_USER_HASH, email: 'demo@example.com' },
  demo2: { id: 2, hash: DEMO2_USER_HASH, email: 'demo2@example.com' },
} as const;

/** Collects the named users' accounts as the generator passes them. */
export class NamedUsers {
  private readonly owners = new Map<keyof typeof NAMED, DemoAccount[]>();

  see(account: DemoAccount): void {
    const role = namedRole(account);
    if (role) this.owners.set(role, [...(this.owners.get(role) ?? []), account]);
  }

  list(): DemoUser[] {
    return this.sorted().map(([login, accounts]) => ({
      login,
      password: DEMO_PASSWORD,
      fullName: accounts[0]?.ownerName ?? '',
      regionCode: REGIONS[accounts[0]?.regionIndex ?? 0]?.code ?? '',
      accounts: accounts.map((a) => a.number),
    }));
  }

  private sorted(): [keyof typeof NAMED, DemoAccount[]][] {
    return [...this.owners.entries()].sort((a, b) => NAMED[a[0]].id - NAMED[b[0]].id);
  }

  rows(createdAt: string): { users: SqlValue[][]; user_accounts: SqlValue[][] } {
    const users: SqlValue[][] = [];
    const links: SqlValue[][] = [];
    for (const [login, accounts] of this.sorted()) {
      const first = accounts[0]!;
      const named = NAMED[login];
      users.push(userRow(named.id, login, named.hash, first, named.email, createdAt));
      for (const account of accounts) links.push([named.id, account.id, 'owner', createdAt]);
    }
    return { users, user_accounts: links };
  }
}

function userRow(
  id: number,
  login: string,
  hash: string,
  account: DemoAccount,
  email: string,
  createdAt: string,
): SqlValue[] {
  return [
    id,
    login,
    hash,
    account.ownerName,
    account.ownerPhone,
    email,
    account.regionIndex + 1,
    createdAt,
  ];
}

/** A bulk demo user `user<account number>` owning one account; all share one password hash. */
export function bulkUserRows(
  userId: number,
  account: DemoAccount,
  createdAt: string,
): { user: SqlValue[]; link: SqlValue[] } {
  const login = `user${account.number}`;
  return {
    user: userRow(userId, login, BULK_USER_HASH, account, `${login}@example.com`, createdAt),
    link: [userId, account.id, 'owner', createdAt],
  };
}
