// How a request's status looks: the Tag's colour and icon; the words live in the locales.
import type { RequestView } from '../../../shared/contract/request-views.js';

type Status = RequestView['status'];

export const statusSeverity: Record<
  Status,
  'warn' | 'danger' | 'info' | 'secondary' | 'success' | 'contrast'
> = {
  queued: 'warn',
  rejected: 'danger',
  new: 'info',
  in_progress: 'secondary',
  answered: 'success',
  closed: 'contrast',
};

export const statusIcon: Record<Status, string> = {
  queued: 'pi pi-clock',
  rejected: 'pi pi-times-circle',
  new: 'pi pi-inbox',
  in_progress: 'pi pi-cog',
  answered: 'pi pi-comments',
  closed: 'pi pi-check-circle',
};

/** The most characters a request's text may have (the contract's limit). */
export const BODY_MAX = 2000;
/** The most characters a contact may have. */
export const CONTACT_MAX = 120;
