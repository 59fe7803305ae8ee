import { AppFailure } from '../../shared/contract/result.js';
import type { SessionView } from '../../shared/contract/views.js';
import type { LinkedAccount, SignInResponse } from '../../shared/sync/http.js';
import type { CentralClient } from './central-client.js';
import { describeError, type Log, silentLog } from './log.js';

/** A signed-in person on this device. Lives in memory only: never on disk, never in the cache. */
export interface ActiveSession {
  token: string;
  expiresAt: string;
  user: SignInResponse['user'];
  accounts: LinkedAccount[];
}

export type SessionEndReason = 'signed_out' | 'expired';

export interface SessionDeps {
  /** The client of the enrolled central service; null when the device is not enrolled. */
  client: () => Pick<CentralClient, 'signIn' | 'signOut'> | null;
  clock: () => Date;
  onEnded: (reason: SessionEndReason) => void;
  log?: Log;
}

export interface SessionService {
  signIn(login: string, password: string): Promise<SessionView>;
  /** Ends the session: central sign-out (best effort), memory cleared, `session.ended` emitted. */
  signOut(): Promise<void>;
  /** What the renderer may see of the session, or null. */
  view(): SessionView | null;
  /** The live session; AppFailure('not_signed_in') when there is none (or it has expired). */
  require(): ActiveSession;
  /**
   * Drops the session because the central service no longer accepts it. With `token`, only if
   * that is still the session's token (an answer to a call made before a rotation changes nothing).
   */
  expire(token?: string): void;
  /**
   * A password change rotated the session (the central ended `previousToken` and issued `next`):
   * the session continues with the new token. When the session ended or changed meanwhile, the
   * new central session is signed out instead. Returns whether the session took the new token.
   */
  rotate(previousToken: string, next: { sessionToken: string; expiresAt: string }): boolean;
  /** New contacts or linked accounts from the central service, if `token` is still the session's. */
  refresh(token: string, update: SessionRefresh): void;
}

/** What settings may change of a live session: the person's contacts and linked accounts. */
export interface SessionRefresh {
  fullName: string;
  phone: string | null;
  email: string | null;
  accounts: LinkedAccount[];
}

/** The person's session, kept in this object's closure and nowhere else. */
export function createSessionService(deps: SessionDeps): SessionService {
  const log = deps.log ?? silentLog;
  let session: ActiveSession | null = null;
  let generation = 0;

  const end = (reason: SessionEndReason) => {
    if (!session) return;
    session = null;
    generation += 1;
    deps.onEnded(reason);
  };

  const live = (): ActiveSession | null => {
    if (session && Date.parse(session.expiresAt) <= deps.clock().getTime()) end('expired');
    return session;
  };

  const signOutCentral = async (token: string) => {
    try {
      await deps.client()?.signOut(token);
    } catch (error) {
      log('warn', 'central sign-out failed; the session will expire there', describeError(error));
    }
  };

  return {
    async signIn(login, password) {
      const client = deps.client();
      if (!client) throw new AppFailure('not_enrolled');
      const previous = session;
      if (previous) {
        end('signed_out');
        void signOutCentral(previous.token);
      }
      const started = generation;
      const answer = await client.signIn(login, password);
      if (generation !== started) {
        // Signed out (or another sign-in began) while this one was on its way: discard it.
        await signOutCentral(answer.sessionToken);
        throw new AppFailure('not_signed_in');
      }
      session = {
        token: answer.sessionToken,
        expiresAt: answer.expiresAt,
        user: answer.user,
        accounts: answer.accounts,
      };
      return toView(session);
    },
    async signOut() {
      const current = session;
      generation += 1;
      if (!current) return;
      end('signed_out');
      await signOutCentral(current.token);
    },
    view() {
      const current = live();
      return current ? toView(current) : null;
    },
    require() {
      const current = live();
      if (!current) throw new AppFailure('not_signed_in');
      return current;
    },
    expire(token) {
      if (token === undefined || session?.token === token) end('expired');
    },
    rotate(previousToken, next) {
      if (!session || session.token !== previousToken) {
        void signOutCentral(next.sessionToken);
        return false;
      }
      session = { ...session, token: next.sessionToken, expiresAt: next.expiresAt };
      return true;
    },
    refresh(token, update) {
      if (!session || session.token !== token) return;
      const { fullName, phone, email, accounts } = update;
      session = {
        ...session,
        user: { ...session.user, fullName, phone, email },
        accounts: accounts.map((account) => ({
          accountId: account.accountId,
          number: account.number,
          address: account.address,
          regionId: account.regionId,
          regionName: account.regionName,
          ownerName: account.ownerName,
          ownerPhone: account.ownerPhone,
        })),
      };
    },
  };
}

function toView(session: ActiveSession): SessionView {
  return {
    login: session.user.login,
    fullName: session.user.fullName,
    phone: session.user.phone,
    email: session.user.email,
    accounts: session.accounts.map((a) => ({
      accountId: a.accountId,
      number: a.number,
      address: a.address,
      ownerName: a.ownerName,
      regionName: a.regionName,
    })),
  };
}
