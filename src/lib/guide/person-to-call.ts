/**
 * Every path through "Worried about a child?" ends with a person the reader can phone. 999 is for
 * emergencies only, and Childline is for under-19s, so an outcome read by a parent or a
 * professional needs a number meant for them as well.
 */
import type { DecisionGuide } from '../../schemas/decision-guide';
import type { ContentProblem } from '../../../build/content/content-error';

/** What the check needs to know about a contact. */
export interface CallableContact {
  /** The contact's audiences ("parents-carers", "young-people", "professionals"). */
  audiences: readonly string[];
  /** The contact's kind; "emergency" numbers are not enough on their own. */
  kind: string;
  /** Whether the contact has at least one phone number. */
  hasPhone: boolean;
}

/**
 * Whether a reader of this audience can ring this contact about a concern that is not an emergency.
 * @param contact the contact's audiences, kind and whether it has a phone
 * @param audience the reader's audience id
 */
export function isCallableBy(contact: CallableContact, audience: string): boolean {
  return contact.hasPhone && contact.kind !== 'emergency' && contact.audiences.includes(audience);
}

/**
 * An outcome for each of its readers that offers no number that reader can call other than 999.
 * @param guide the parsed guide
 * @param file the path shown in messages
 * @param contacts every contact by id (unknown ids are reported by `checkDecisionGuide`)
 * @param audienceLabel what readers see for an audience id ("Parents and carers")
 */
export function outcomesWithoutAPersonToCall(
  guide: DecisionGuide,
  file: string,
  contacts: ReadonlyMap<string, CallableContact>,
  audienceLabel: (id: string) => string = (id) => id,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const outcome of guide.outcomes) {
    const named = outcome.contacts.filter((id) => contacts.has(id));
    for (const audience of outcome.readers) {
      if (named.some((id) => isCallableBy(contacts.get(id) as CallableContact, audience))) continue;
      problems.push({
        file,
        field: `outcome "${outcome.id}" → contacts`,
        message:
          `No contact here has a phone number for ${audienceLabel(audience).toLowerCase()} other than 999 ` +
          `(contacts: ${outcome.contacts.join(', ')}). Add a contact whose audiences include "${audience}" and that has a phone, ` +
          `or remove "${audience}" from this outcome's readers.`,
      });
    }
  }
  return problems;
}
