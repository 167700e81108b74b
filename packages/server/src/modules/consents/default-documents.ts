/**
 * The consent documents every practice starts with, in plain language. A practice edits them
 * (each edit is a new version); these are only the first versions. They are general
 * information, not legal advice: each practice should have them reviewed for its jurisdiction.
 */
export interface DefaultDocument {
  kind: string;
  appliesTo: 'everyone' | 'relationship';
  /** For relationship documents: the confidentiality policy they describe. */
  policy?: 'no-secrets' | 'limited-secrets' | 'individual-confidentiality';
  title: string;
  body: string;
}

export const DEFAULT_DOCUMENTS: DefaultDocument[] = [
  {
    kind: 'informed-consent',
    appliesTo: 'everyone',
    title: 'Agreement to start therapy',
    body: `Welcome. This explains how therapy here works, so you can decide whether it is right for you. Please read it at your own pace and ask your therapist about anything that is unclear.

What sex therapy is
Sex therapy is talk therapy. Your therapist is a licensed mental-health professional. Together you talk about your concerns, your history and your goals, and your therapist may suggest reading or exercises to try privately at home.

What sex therapy is not
There is never any touching, nudity or sexual activity in sessions. You stay fully clothed at all times, and your therapist will never ask you to undress or to do anything sexual in a session, in person or on video. If anything in a session ever makes you uncomfortable, you can say so, pause or stop.

Your privacy
What you tell your therapist is confidential. It is shared with no one without your written permission, except where the law requires or allows it, for example:
- if there is a serious risk that you may harm yourself or someone else;
- if a child, an older adult or a dependent adult may be being abused or neglected;
- if a court orders the release of records.
Your therapist will tell you about any such disclosure whenever the law allows.

Your records
Your records are kept securely and encrypted. Every time someone opens them, it is recorded. You may ask to see a copy of your records.

Your choices
Taking part is your choice. You may skip any question, take a break, or end therapy at any time.

By signing, you confirm that you have read this, that your questions have been answered, and that you agree to begin therapy.`,
  },
  {
    kind: 'fees-cancellation',
    appliesTo: 'everyone',
    title: 'Fees, payment and cancellations',
    body: `Fees
Your therapist will tell you the fee for each kind of session before your first appointment. Ask about a reduced (sliding-scale) fee if cost is a concern.

Payment
Payment is due at each session unless you have agreed something else with the practice. If you use insurance, you remain responsible for any amount your insurer does not pay.

Cancelling or moving an appointment
Please give at least 24 hours' notice if you need to cancel or move an appointment. Appointments cancelled with less notice, or missed, may be charged, unless the practice agrees otherwise (for example, for illness or an emergency).

By signing, you confirm that you understand these fees and this cancellation policy.`,
  },
  {
    kind: 'telehealth',
    appliesTo: 'everyone',
    title: 'Sessions by video (telehealth)',
    body: `Some sessions may take place by secure video.

What to expect
Video sessions are like sessions in the office. The same rules apply: you stay clothed, and there is no sexual activity of any kind.

Your privacy at home
Please join from a private place where you cannot be overheard, and use your own device if you can. Your therapist will also be in a private place. Sessions are not recorded by either of you without everyone's written agreement.

If the connection drops
Your therapist will try to reconnect, and will phone you if that fails.

Safety
At the start of each video session your therapist may ask where you are, so that help can be sent if there is an emergency.

Limits
Video may not suit everyone or every situation; your therapist will talk with you if in-person sessions would be better.

By signing, you agree to sessions by video when you and your therapist choose them.`,
  },
  {
    kind: 'secrets-no-secrets',
    appliesTo: 'relationship',
    policy: 'no-secrets',
    title: 'Therapy together: what is shared (no-secrets policy)',
    body: `When partners come to therapy together, the therapy is for the relationship. To keep it fair and honest, this practice follows a no-secrets policy for your relationship:

- If you talk with your therapist alone — in a session, a message or a phone call — what you share may be brought into joint sessions when your therapist believes it matters for your work together.
- Your therapist will not keep secrets between partners that would make it hard to help the relationship.
- Your therapist will talk with you first about how and when something will be shared, and give you the chance to share it yourself.
- Your own history form and your answers to questionnaires are seen only by your therapist; under this policy your therapist may draw on them in joint sessions.

The legal limits of confidentiality described in the agreement to start therapy still apply.

By signing, you agree to this no-secrets policy for therapy with your partner(s).`,
  },
  {
    kind: 'secrets-limited-secrets',
    appliesTo: 'relationship',
    policy: 'limited-secrets',
    title: 'Therapy together: what is shared (limited-secrets policy)',
    body: `When partners come to therapy together, each of you may sometimes talk with your therapist alone. This practice follows a limited-secrets policy for your relationship:

- What you share with your therapist alone is kept private by default.
- Your therapist may decide that something you shared alone needs to come into joint sessions, because keeping it private would get in the way of helping the relationship (for example, an ongoing affair or a serious risk to someone's health).
- If so, your therapist will tell you first and help you decide how to share it. If you choose not to, your therapist may decide that joint therapy cannot continue in the same way.
- Your own history form and your answers to questionnaires are seen only by your therapist.

The legal limits of confidentiality described in the agreement to start therapy still apply.

By signing, you agree to this limited-secrets policy for therapy with your partner(s).`,
  },
  {
    kind: 'secrets-individual-confidentiality',
    appliesTo: 'relationship',
    policy: 'individual-confidentiality',
    title: 'Therapy together: what is shared (individual confidentiality)',
    body: `When partners come to therapy together, each of you may sometimes talk with your therapist alone. This practice follows individual confidentiality for your relationship:

- What you share with your therapist alone stays private between you and your therapist. It is not shared with your partner(s) without your permission.
- The same is true for each of your partners.
- Your own history form and your answers to questionnaires are seen only by your therapist.
- If keeping something private makes it impossible for your therapist to help the relationship fairly, your therapist will talk with you about it, and may suggest individual sessions instead.

The legal limits of confidentiality described in the agreement to start therapy still apply.

By signing, you agree to individual confidentiality for therapy with your partner(s).`,
  },
];
