import type { ConfidentialityPolicy } from '../api/careTypes';

interface PolicyWords {
  label: string;
  /** For staff choosing a policy. */
  explanation: string;
  /** For the client, in the second person. */
  forClient: string;
}

/** The three ways a relationship's individual conversations can be handled, in plain words. */
export const POLICY_WORDS: Record<ConfidentialityPolicy, PolicyWords> = {
  'no-secrets': {
    label: 'No secrets',
    explanation: 'What any partner tells the therapist alone may be shared in joint sessions.',
    forClient: 'Anything you tell your therapist on your own may be brought into your sessions together.',
  },
  'limited-secrets': {
    label: 'Limited secrets',
    explanation: 'The therapist decides what, if anything, from an individual conversation may be shared in joint sessions.',
    forClient:
      'If you tell your therapist something on your own, they will think carefully about whether it needs to be shared in your sessions together.',
  },
  'individual-confidentiality': {
    label: 'Individual confidentiality',
    explanation: 'What each partner shares alone stays private to them.',
    forClient: 'What you tell your therapist on your own stays private between you and your therapist.',
  },
};

export function policyLabel(policy: string): string {
  return POLICY_WORDS[policy as ConfidentialityPolicy]?.label ?? policy;
}
