/**
 * The intervention library: the common sex-therapy interventions a clinician can pick from for a
 * treatment plan or assign as homework, with calm plain-language instructions for the client portal.
 *
 * Every item comes from /work/shared/reference/clinical-facts.md §4 (treatment models and
 * interventions); each item's `sources` holds the addresses given there, and a comment beside
 * the item names the section. Client instructions are our own wording. They are gender-neutral
 * and assume nothing about bodies, genders, orientation or relationship form, except where the
 * technique itself concerns one body part (the squeeze technique). Session counts per
 * intervention are not encoded: clinical-facts §4.4 marks them unverified [K].
 */

export type InterventionCategory =
  | 'sensate-focus' | 'psychoeducation' | 'communication' | 'cognitive-behavioural' | 'mindfulness' | 'ejaculatory-control' | 'directed-masturbation'
  | 'dilator-pelvic-floor' | 'other';

export const INTERVENTION_CATEGORIES: readonly InterventionCategory[] = Object.freeze([
  'sensate-focus', 'psychoeducation', 'communication', 'cognitive-behavioural', 'mindfulness', 'ejaculatory-control', 'directed-masturbation',
  'dilator-pelvic-floor', 'other',
] as const);

export interface LibraryIntervention {
  /** Stable kebab-case id, e.g. 'sensate-focus-1'. */
  key: string;
  /** Clinician-facing name. */
  name: string;
  category: InterventionCategory;
  /** One or two sentences for the clinician. */
  summary: string;
  /** Can be assigned as homework between sessions. */
  homework: boolean;
  /** Designed to be done together by partners. */
  forPartners: boolean;
  /** Calm plain-language title shown to the client in the portal. */
  clientTitle: string;
  /** Plain-language instructions for the client: short paragraphs separated by a blank line. */
  clientInstructions: string;
  /** How often, when the source gives it; otherwise null. */
  suggestedFrequency: string | null;
  /** Addresses from clinical-facts.md backing the item (empty only where the facts file has none: see the item's [K] note). */
  sources: string[];
}

/** One instruction text from its paragraphs. */
const paragraphs = (...parts: string[]) => parts.join('\n\n');

// Sources, exactly as clinical-facts.md gives them.
const SENSATE_FOCUS_WIKIPEDIA = 'https://en.wikipedia.org/wiki/Sensate_focus';
const SENSATE_FOCUS_MRCPSYCH = 'https://www.mrcpsych.uk/search/label/sensate%20focus';
const SENSATE_FOCUS_CHMHST = 'https://chmhst.com/sexuality/sensate-focus-exercise/';
const SENSATE_FOCUS_COUNSELLING_MATTERS = 'https://counselling-matters.org.uk/sensate-focus/';
const EBRARY_SPECIFIC_TREATMENTS = 'https://ebrary.net/61784/health/specific_treatments';
const PLISSIT_WIKIPEDIA = 'https://en.wikipedia.org/wiki/PLISSIT_model';
const PLISSIT_PSYCHOLOGYDB = 'https://dictionary.psychologydb.com/plissit';
/** Integrating psychotherapy and pharmacotherapy in the treatment of premature ejaculation [V] (clinical-facts §4.4). */
const PE_PSYCHOTHERAPY_PHARMACOTHERAPY = 'https://c.coek.info/pdf-integrating-psychotherapy-and-pharmacotherapy-in-the-treatment-of-premature-ejac.html';

const SENSATE_FOCUS_SOURCES = [SENSATE_FOCUS_WIKIPEDIA, SENSATE_FOCUS_MRCPSYCH, SENSATE_FOCUS_CHMHST, SENSATE_FOCUS_COUNSELLING_MATTERS, EBRARY_SPECIFIC_TREATMENTS];
/** clinical-facts §4.3: "20-60 minutes, 2-3 times a week, over 6 or more weeks". */
const SENSATE_FOCUS_FREQUENCY = '2–3 times a week, 20–60 minutes';

const LIBRARY: LibraryIntervention[] = [
  // clinical-facts §4.3 (sensate focus, stage 1) [V]: wikipedia, mrcpsych, chmhst, counselling-matters, ebrary.
  {
    key: 'sensate-focus-1',
    name: 'Sensate focus — stage 1 (non-genital touch)',
    category: 'sensate-focus',
    summary:
      'At home between sessions, partners take turns giving and receiving non-genital touch, attending to sensation rather than performance. '
      + 'Genitals and breasts are off limits and intercourse and orgasm are banned; typically 20–60 minutes, 2–3 times a week, with each stage lasting a few weeks and the whole programme 6 weeks or more. Move on only when both partners agree.',
    homework: true,
    forPartners: true,
    clientTitle: 'Touch without pressure — stage 1',
    clientInstructions: paragraphs(
      'This exercise is a chance to enjoy touch with no goal and nothing to achieve. Set aside some unhurried, private time when you are both reasonably relaxed.',
      'Take turns: one of you gives touch and the other receives, then you swap. The person giving touches out of their own interest and curiosity. The person receiving simply notices the sensations, such as warmth, pressure and texture, and lets the other know, in words or by gently guiding a hand, if anything is uncomfortable.',
      'At this stage, genitals and breasts or chest are off limits, there is no intercourse or other sex, and orgasm is not part of the exercise. These limits are part of the exercise: they take the pressure away so you can both pay attention to touch itself.',
      'If your mind drifts to worries or to how things are going, gently bring your attention back to what you can feel. It is normal for this to feel awkward at first.',
      'Afterwards, share a little of what you noticed. Bring your experiences to your next session: whatever happened is useful to talk about.',
    ),
    suggestedFrequency: SENSATE_FOCUS_FREQUENCY,
    sources: SENSATE_FOCUS_SOURCES,
  },
  // clinical-facts §4.3 (sensate focus, stage 2) [V]: same sources.
  {
    key: 'sensate-focus-2',
    name: 'Sensate focus — stage 2 (genital and breast touch added, no intercourse)',
    category: 'sensate-focus',
    summary:
      'Turn-taking touch continues, now including genitals and breasts as part of whole-body touch. Still no intercourse, and orgasm is not the goal; '
      + 'begin only when both partners agree stage 1 is comfortable.',
    homework: true,
    forPartners: true,
    clientTitle: 'Touch without pressure — stage 2',
    clientInstructions: paragraphs(
      'Keep taking turns giving and receiving touch, just as before. You may now include genitals and breasts or chest, as part of touching the whole body rather than as the main focus. Start with general body touch first.',
      'There is still no intercourse, and orgasm is not the goal. If arousal comes, notice it and let it come and go. If it does not, that is fine too: nothing is expected to happen.',
      'The person receiving can show the giver what feels pleasant, for example by resting a hand over theirs to guide pressure or pace. The aim is to learn about touch together, not to get it right.',
      'Afterwards, talk briefly about what you each noticed, and bring your experiences to your next session.',
    ),
    suggestedFrequency: SENSATE_FOCUS_FREQUENCY,
    sources: SENSATE_FOCUS_SOURCES,
  },
  // clinical-facts §4.3 (sensate focus, later stages) [V]: same sources. Programmes describe 3 or 5 stages; this item
  // folds the later steps (mutual touch, containment without thrusting, intercourse) into one stage taken step by step.
  {
    key: 'sensate-focus-3',
    name: 'Sensate focus — stage 3 (mutual touch, then containment without thrusting, then intercourse)',
    category: 'sensate-focus',
    summary:
      'A gradual move from turn-taking to mutual touch, then containment/penetration without thrusting, then intercourse. '
      + 'Each step is taken only when both partners agree; where penetration is not part of the couple’s sex, the clinician tailors the steps.',
    homework: true,
    forPartners: true,
    clientTitle: 'Touch without pressure — stage 3',
    clientInstructions: paragraphs(
      'In this stage you move from taking turns to touching each other at the same time, still paying attention to sensation rather than performance.',
      'If penetration is part of the sex you both want, it is added slowly, in small steps. First, simply stay still together once penetration has begun, with no movement. Only later, and only if you both want to, add gentle movement and then sex as you choose.',
      'Take each step only when you both agree you are ready. Either of you can pause or go back a step at any time. That is part of the process, not a setback.',
      'If penetration is not part of the sex you want, we will talk in session about what the next steps look like for you.',
      'Keep the spirit of the earlier stages: unhurried time, curiosity, and a short talk afterwards about what you noticed.',
    ),
    suggestedFrequency: SENSATE_FOCUS_FREQUENCY,
    sources: SENSATE_FOCUS_SOURCES,
  },
  // clinical-facts §4.1 (PLISSIT: Permission and Limited Information levels) [V]: wikipedia, psychologydb. The facts file
  // sources the permission-giving, brief-information levels; the topics listed (anatomy, response cycle) are the usual content.
  {
    key: 'psychoeducation-sexual-response',
    name: 'Psychoeducation — anatomy, sexual response and normalising',
    category: 'psychoeducation',
    summary:
      'Brief, targeted information about anatomy, the sexual response cycle and the range of normal sexual experience, '
      + 'given in a permission-giving, non-judgemental way (PLISSIT Permission and Limited Information).',
    homework: false,
    forPartners: false,
    clientTitle: 'Understanding how sexual response works',
    clientInstructions: paragraphs(
      'Part of our work together is sharing clear, accurate information about bodies and sexual response: how desire, arousal and pleasure tend to work, and how much they naturally vary from person to person and over time.',
      'Many worries about sex come from myths, or from comparing ourselves with unrealistic images. Learning what is common and expected can take a lot of pressure off.',
      'Between sessions, feel free to note down any questions that come up, however small or awkward they seem. There are no silly questions here, and we can go at your pace.',
    ),
    suggestedFrequency: null,
    sources: [PLISSIT_WIKIPEDIA, PLISSIT_PSYCHOLOGYDB],
  },
  // clinical-facts §4.3 (mrcpsych: sensate focus is designed to "enhance communication around sexual needs and desires") [V]
  // and §4.4 (couple work for erectile disorder, couple therapy for low desire). The speaker–listener structure itself is
  // general couple-therapy practice, not in the facts file [K].
  {
    key: 'communication-speaker-listener',
    name: 'Communication — speaker–listener turns',
    category: 'communication',
    summary:
      'A structured conversation in which partners take turns as speaker and listener; the listener reflects back what they heard before replying. '
      + 'Used to lower the heat of talking about sex and to build the communication sensate focus relies on.',
    homework: true,
    forPartners: true,
    clientTitle: 'Taking turns to talk and listen',
    clientInstructions: paragraphs(
      'This exercise gives you a calm, fair way to talk about things that matter, including sex. Choose a time when you are not rushed, tired or already upset, and agree on a topic beforehand. Start with something small.',
      'One of you is the speaker and the other the listener. The speaker talks about their own thoughts and feelings in short pieces, using “I” statements, such as “I feel…” or “I would like…”, rather than describing the other person.',
      'The listener does not argue, defend or solve. They simply say back, in their own words, what they heard, and check: “Have I got that right?” When the speaker feels understood, you swap roles.',
      'Keep it short, and stop if it becomes heated. You can always come back to it later or bring it to our next session.',
    ),
    suggestedFrequency: null,
    sources: [SENSATE_FOCUS_MRCPSYCH, SENSATE_FOCUS_WIKIPEDIA],
  },
  // clinical-facts §4.3 (mrcpsych: communication around sexual needs and desires) [V]; §4.4 (couple work) [V].
  // The likes/wants/limits format is general practice [K].
  {
    key: 'communication-likes-and-wants',
    name: 'Communication — sharing likes, wants and limits',
    category: 'communication',
    summary:
      'Partners each write, then share, what they enjoy, what they would like more of or to try, and what is off limits, '
      + 'as a low-pressure way to talk about sexual needs and desires.',
    homework: true,
    forPartners: true,
    clientTitle: 'Sharing what you enjoy and what you want',
    clientInstructions: paragraphs(
      'Talking about what we like and want in intimacy can feel exposing, so this exercise starts on paper. On your own, each of you writes three short lists: things you already enjoy, things you would like more of or might be curious to try, and things that are not for you.',
      'Include anything that feels relevant to you, from affection and closeness to sex. There are no right answers, and you only share what you are comfortable sharing.',
      'Then find a relaxed time to share your lists. Take turns, listen with curiosity, and thank each other. You do not need to agree on everything or act on anything yet: the aim is simply to understand each other better.',
      'Bring anything that felt important or difficult to our next session.',
    ),
    suggestedFrequency: null,
    sources: [SENSATE_FOCUS_MRCPSYCH],
  },
  // clinical-facts §4.4: erectile disorder "anxiety reduction and 'spectatoring' work; CBT" (wikipedia sensate focus) [V];
  // premature ejaculation "CBT for performance anxiety" (coek.info) [V]. The thought-record format is standard CBT [K].
  {
    key: 'cbt-performance-anxiety',
    name: 'CBT — performance anxiety and spectatoring',
    category: 'cognitive-behavioural',
    summary:
      'Cognitive-behavioural work on performance anxiety and spectatoring: recording anxious thoughts about sex, examining them in session, '
      + 'and practising returning attention to sensation. Often paired with sensate focus.',
    homework: true,
    forPartners: false,
    clientTitle: 'Easing worry about how sex is going',
    clientInstructions: paragraphs(
      'Worrying about how things are going during sex, or watching and judging yourself as if from the outside, is very common. It tends to pull attention away from pleasure and connection, which can make the worry more likely to come true.',
      'Between sessions, when you notice an anxious thought about sex, jot down briefly: what was happening, the thought itself, how strongly you believed it, and how you felt. You do not need to argue with it or fix it yet.',
      'In our sessions we will look at these notes together, find more balanced ways of seeing things, and practise gently bringing your attention back to physical sensation and the present moment.',
      'Be kind to yourself. Noticing these thoughts is the first step, not a sign of failure.',
    ),
    suggestedFrequency: null,
    sources: [SENSATE_FOCUS_WIKIPEDIA, PE_PSYCHOTHERAPY_PHARMACOTHERAPY],
  },
  // [K] clinical-facts §4.4 lists mindfulness-based group therapy (Brotto) for low desire/arousal, but marks the
  // mindfulness specifics unconfirmed and gives no address. Kept deliberately generic (a body-awareness practice, no
  // protocol, no frequency) and without sources until a primary source is checked.
  {
    key: 'mindfulness-body-awareness',
    name: 'Mindfulness-based body awareness',
    category: 'mindfulness',
    summary:
      'A short, generic body-awareness practice: noticing sensations without judgement and returning attention when it wanders. '
      + 'Specific mindfulness protocols (e.g. Brotto’s group programme) are not yet verified [K].',
    homework: true,
    forPartners: false,
    clientTitle: 'Noticing your body, gently',
    clientInstructions: paragraphs(
      'This short practice helps you become more aware of physical sensations, without judging them. It is not about relaxing perfectly or feeling anything in particular.',
      'Find a quiet, comfortable place where you will not be disturbed for a few minutes. Sit or lie down, and let your attention rest on your breathing for a few breaths.',
      'Then slowly move your attention through your body, from your feet up to your head, simply noticing whatever is there: warmth, coolness, tension, tingling or nothing much at all.',
      'Your mind will wander; that is what minds do. Each time you notice it has wandered, gently bring it back to the body, without criticising yourself.',
      'Notice how it went, and bring any observations to our next session.',
    ),
    suggestedFrequency: null,
    sources: [],
  },
  // clinical-facts §4.4, premature ejaculation: stop-start (Semans 1956) [V]: coek.info. The facts file also cites Jern 2014
  // (on ja.scribd.com, address truncated in the file, so not listed) and a [S] blog.
  {
    key: 'stop-start',
    name: 'Stop–start technique (Semans)',
    category: 'ejaculatory-control',
    summary:
      'Stimulation is stopped just before the point of ejaculatory inevitability and resumed once the urge subsides, repeated several times, '
      + 'to build awareness of arousal and control. Practised alone first, then with a partner if the client has one.',
    homework: true,
    forPartners: false,
    clientTitle: 'Learning your arousal: stop and start',
    clientInstructions: paragraphs(
      'This exercise helps you recognise how your arousal builds and get more comfortable staying with it, so that you have more choice about when ejaculation happens.',
      'During stimulation, on your own to begin with and later with a partner if you have one and you both wish, pay attention to how your arousal rises. When you notice you are close to the point where ejaculation would be hard to hold back, stop all stimulation and wait until that urgent feeling has eased.',
      'Then start again. Repeat this a few times before letting yourself ejaculate, if you want to.',
      'There is no pass or fail. If ejaculation happens sooner than you intended, that is useful information, not a setback. Simply notice it and try again another time. We will talk about how it is going in our sessions.',
    ),
    suggestedFrequency: null,
    sources: [PE_PSYCHOTHERAPY_PHARMACOTHERAPY],
  },
  // clinical-facts §4.4, premature ejaculation: squeeze technique (Masters & Johnson) [V]: coek.info (Jern 2014 as above).
  // The client text names the penis because the technique is about that body part; it is assigned only where relevant.
  {
    key: 'squeeze-technique',
    name: 'Squeeze technique (Masters & Johnson)',
    category: 'ejaculatory-control',
    summary:
      'As stop–start, but when stimulation stops the client or a partner squeezes the penis where the glans meets the shaft until the urge subsides, '
      + 'then stimulation resumes. Repeated several times per practice.',
    homework: true,
    forPartners: false,
    clientTitle: 'Learning your arousal: the squeeze',
    clientInstructions: paragraphs(
      'This exercise is like stop and start, with one added step that can help the urge to ejaculate settle.',
      'During stimulation, when you notice you are close to the point where ejaculation would be hard to hold back, stop. Then you, or a partner if you are practising together, gently but firmly squeeze the penis where the head meets the shaft for a few seconds, until the urge eases. The pressure should be firm but never painful.',
      'Wait until you feel settled, then continue. Repeat this a few times before letting yourself ejaculate, if you want to.',
      'It takes practice, and an early ejaculation is not a failure, just part of learning. We will talk about how it is going in our sessions.',
    ),
    suggestedFrequency: null,
    sources: [PE_PSYCHOTHERAPY_PHARMACOTHERAPY],
  },
  // clinical-facts §4.4, female orgasmic disorder (especially lifelong): directed masturbation plus sensate focus [V]: ebrary.
  // The staged content (looking, then exploring touch, then varying stimulation, then sharing with a partner) follows the
  // usual self-exploration programme; its steps are not spelled out in the facts file [K].
  {
    key: 'directed-masturbation',
    name: 'Directed masturbation (self-exploration programme)',
    category: 'directed-masturbation',
    summary:
      'A graded self-exploration programme, from getting familiar with one’s own body to finding effective stimulation, and optionally sharing what is learned with a partner. '
      + 'Used especially for lifelong orgasmic difficulty, often combined with sensate focus.',
    homework: true,
    forPartners: false,
    clientTitle: 'Getting to know your own body',
    clientInstructions: paragraphs(
      'This is a step-by-step programme for getting to know your own body and what feels good to you, in private and at your own pace.',
      'The early steps are about curiosity rather than arousal: becoming familiar with how your body looks and feels, and exploring touch all over, including your genitals, to notice what feels pleasant, neutral or not pleasant.',
      'Later steps build on what you discover: trying different kinds of touch, pressure and rhythm and, if you like, fantasy, lubricant or a sex toy. Orgasm is not a test. The goal is learning what works for you.',
      'If and when you choose, you can share what you have learned with a partner. We will agree each step together in session, and you can slow down or pause at any time.',
    ),
    suggestedFrequency: null,
    sources: [EBRARY_SPECIFIC_TREATMENTS],
  },
  // clinical-facts §4.4, genito-pelvic pain/penetration disorder (vaginismus): graded dilators with anxiety management;
  // pelvic-floor physical therapy (manual therapy, biofeedback, exercise, education) [V]: ebrary. The facts file also cites
  // Rosenbaum 2011 (kipdf.com) and Berghmans 2018 (springermedizin.de), but their addresses are truncated there, so they are
  // not listed.
  {
    key: 'dilator-pelvic-floor',
    name: 'Graded dilator work with pelvic-floor physical therapy',
    category: 'dilator-pelvic-floor',
    summary:
      'Graded dilator use with anxiety management, done alongside and under the guidance of a pelvic-floor physical therapist (manual therapy, biofeedback, exercise, education). '
      + 'Any physical cause is treated medically; the therapist addresses anxiety, avoidance and relationship factors.',
    homework: true,
    forPartners: false,
    clientTitle: 'Gradual dilator practice',
    clientInstructions: paragraphs(
      'This practice is done with the guidance of a pelvic-floor physical therapist. They will show you how to use dilators safely and comfortably and help you with exercises for the pelvic-floor muscles. Please follow their advice on sizes, positions and how often to practise. If you do not have a pelvic-floor physical therapist yet, we will talk about finding one.',
      'Dilators come in a set of gradually increasing sizes. You start with the smallest and move up a size only when the current one feels comfortable. There is no rush, and going back a step is completely fine.',
      'Choose a private, unhurried time. Before you begin, breathe slowly and let your muscles soften. Use plenty of lubricant, and go at your own pace: you are in control throughout.',
      'Some pressure or unfamiliar sensation can be expected, but sharp pain is not. Stop if something hurts and tell your physical therapist. In our sessions we will work on any worry or tension that comes up along the way.',
    ),
    suggestedFrequency: null,
    sources: [EBRARY_SPECIFIC_TREATMENTS],
  },
];

// Not included: a bibliotherapy or "scheduled intimacy time" item. clinical-facts.md has no source for either, and the
// library keeps to sourced items. Perelman's masturbation-style work for delayed ejaculation (§4.4) is left out too,
// because its address is truncated in the facts file.

function freezeIntervention(item: LibraryIntervention): LibraryIntervention {
  return Object.freeze({ ...item, sources: Object.freeze([...item.sources]) as string[] });
}

/** The library, in display order (the sensate-focus stages first, in stage order). */
export const INTERVENTION_LIBRARY: readonly LibraryIntervention[] = Object.freeze(LIBRARY.map(freezeIntervention));

const BY_KEY = new Map(INTERVENTION_LIBRARY.map((item) => [item.key, item]));

/** The library item with this key, or undefined. */
export function libraryIntervention(key: string): LibraryIntervention | undefined {
  return BY_KEY.get(key);
}

export type PlissitLevel = 'permission' | 'limited-information' | 'specific-suggestions' | 'intensive-therapy';

export interface PlissitLevelInfo {
  level: PlissitLevel;
  label: string;
  description: string;
}

const PLISSIT: PlissitLevelInfo[] = [
  { level: 'permission', label: 'Permission', description: 'A non-judgemental invitation to talk about sex, and normalising the client’s concerns.' },
  { level: 'limited-information', label: 'Limited information', description: 'Brief, targeted facts relevant to the concern.' },
  { level: 'specific-suggestions', label: 'Specific suggestions', description: 'Concrete tasks or behaviour changes.' },
  { level: 'intensive-therapy', label: 'Intensive therapy', description: 'Referral to a specialist therapist or a medical professional.' },
];

/**
 * PLISSIT (Annon, 1976): four levels of rising intensity; most concerns are resolved within the first three.
 * clinical-facts §4.1 [V]: https://en.wikipedia.org/wiki/PLISSIT_model ; https://dictionary.psychologydb.com/plissit
 */
export const PLISSIT_LEVELS: readonly PlissitLevelInfo[] = Object.freeze(PLISSIT.map((level) => Object.freeze(level)));

/** The addresses backing PLISSIT_LEVELS (clinical-facts §4.1). */
export const PLISSIT_SOURCES: readonly string[] = Object.freeze([PLISSIT_WIKIPEDIA, PLISSIT_PSYCHOLOGYDB]);
