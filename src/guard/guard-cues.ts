/**
 * Hand-written cues of attacks, each a family of phrasings with a name a reviewer can read. They
 * run on the de-obfuscated, lower-cased text with whitespace collapsed; `\s*` between words also
 * catches words run together by spacing tricks. The model weighs them: a cue alone (an innocent
 * "act as", "ignore") does not block.
 */
export interface GuardCue {
  id: string;
  /** How `reasons` names it: `instruction override: 'ignore all previous instructions'`. */
  label: string;
  pattern: RegExp;
}

const PRIOR = String.raw`(?:all\s*|any\s*|the\s*|your\s*|my\s*|of\s*|these\s*|those\s*)*(?:previous|prior|above|earlier|preceding|initial|original|former|system|current|existing|old|given)?`;
const RULES =
  '(?:instructions?|prompts?|rules|guidelines|directions|directives|commands|context|programming|constraints|restrictions|guardrails|policies|safeguards|filters|training|settings)';
/** The same override in Spanish, Portuguese, Italian, French and German: it shares the English cue's weight. */
const OVERRIDE_OTHER_LANGUAGES = String.raw`\b(?:ignora(?:r)?|olvida|ignore[zr]?|oublie[zr]?|ignoriere|vergiss|ignorate|dimentica)\s*(?:todas?\s*|todos?\s*|toutes?\s*|alle\s*|tutte\s*|las\s*|los\s*|les\s*|as\s*|le\s*|deine\s*|die\s*|tus\s*|vos\s*)*(?:vorherigen\s*|bisherigen\s*|fr[üu]heren\s*)?(?:instrucciones|instru[cç][õo]es|istruzioni|instructions|anweisungen|instruktionen|reglas|r[èe]gles|regeln)\s*(?:anteriores|previas|pr[ée]c[ée]dentes|precedenti|vorherigen|bisherigen)?`;
const AI = String.raw`(?:(?:the\s*)?(?:ai|a\.i\.|llms?|language\s*models?|chat\s*bots?|chatgpt|gpt(?:-?\d)?|chat\s*assistants?|assistants?|bots?|models?|agents?|copilot|claude|gemini)(?:\s*(?:tools?|systems?|software|models?|assistants?|agents?|screeners?))?|automated\s*(?:\w+\s*)?(?:screening|systems?|tools?|agents?|readers?|software|screeners?))`;

export const GUARD_CUES: readonly GuardCue[] = [
  {
    id: 'override',
    label: 'instruction override',
    pattern: new RegExp(
      String.raw`\b(?:ignore|disregard|forget|override|bypass|skip|abandon|neglect|overlook|discard|ignoring|disregarding|forgetting)\s*(?:${PRIOR}\s*${RULES}|(?:\w+\s*){0,4}?(?:previous|prior|above|earlier|preceding|following)\s*(?:and\s*following\s*)?(?:${RULES}|input|text|messages?|answers?)|(?:about\s*)?(?:everything|all\s*(?:info|information|of\s*that|the\s*above)|your\s*(?:old|previous|original)\b|(?:the\s*)?(?:image|page|document|email)\s*content|(?:\w+'?s?\s*)?(?:tos|terms\s*of\s*service)|ethics|morals))|${OVERRIDE_OTHER_LANGUAGES}`,
    ),
  },
  {
    id: 'new_instructions',
    label: 'new instructions',
    pattern:
      /\b(?:new|updated|real|actual|revised|additional|secret|hidden)\s*(?:instructions?|task|directive|objective|rules)\s*(?:are|is|:|follow|from)|begin\s*new\s*instructions|from\s*now\s*on|instead\s*,?\s*(?:you\s*(?:will|must|should)|just|only)|(?:stop|cancel)\s*(?:everything|what\s*you\s*are\s*doing)/,
  },
  {
    id: 'persona',
    label: 'persona setup',
    pattern:
      /\b(?:you\s*are\s*(?:now|going\s*to\s*(?:act|pretend|be)|about\s*to\s*(?:immerse|become)|(?:a|an)\s*(?:\w+\s*){0,4}?(?:expert|consultant|officer|hacker|character|villain|criminal|agent|detective|scientist|novelist|writer|researcher)\s*(?:who|tasked|named|with|in\s*a))|act\s*like\s*(?:my|a|an)|pretend\s*(?:to\s*be|you\s*are|that\s*you)|act\s*as\s*(?:if|though)?|role-?\s*play|stay\s*in\s*character|in\s*character|simulate\s*(?:a|an)|immerse\s*yourself|you\s*will\s*(?:now\s*)?(?:act|respond|answer)\s*as|two\s*(?:different\s*)?(?:responses|personalities|entities))/,
  },
  {
    id: 'no_limits',
    label: 'no-limits mode',
    pattern:
      /\b(?:(?:as|be|called|named|is|am|mode|prompt|enable|activate)\s*dan\b|dan\s*(?:mode|prompt|jailbreak|\d|,?\s*(?:which|stands|who\s*can|can\s*do))|do\s*anything\s*now|developer\s*mode|jail\s*-?\s*broken|jailbreak(?:en)?\s*mode|unfiltered|uncensored|unrestricted|amoral|no\s*(?:ethical|moral|content)?\s*(?:restrictions|limits|limitations|filters|censorship|boundaries|guidelines|rules|morals|ethics)|without\s*(?:any\s*)?(?:restrictions|limits|limitations|filters|censorship|warnings|ethics|morals)|free\s*(?:from|of)\s*(?:the\s*)?(?:restrictions|rules|typical\s*confines|limitations)|(?:openai|content|usage)\s*polic(?:y|ies)|safe\s*mode\s*(?:off|disabled)|never\s*refuse|can\s*not\s*refuse|cannot\s*refuse|doesn'?t\s*have\s*(?:any\s*)?(?:filters|restrictions))/,
  },
  {
    id: 'prompt_leak',
    label: 'system prompt extraction',
    pattern:
      /\b(?:(?:system|initial|initials|original|hidden|secret|internal|developer|pre-?)\s*(?:prompt|instructions?|message)|initiali[sz]ation\s*(?:string|text|prompt)|(?:text|words|instructions)\s*you\s*were\s*(?:given|told)|(?:repeat|print|output|reveal|show|display|spell|write|tell\s*me|list|copy|translate|summari[sz]e|encode)\s*(?:out\s*|back\s*|me\s*)?(?:all\s*|of\s*)?(?:the\s*|your\s*|everything\s*|every\s*)?(?:text|words|lines|sentences|instructions|content|conversation|messages?|prompt)?\s*(?:above|before\s*this|prior\s*to\s*this|so\s*far|verbatim)|(?:what|which)\s*(?:were|are)\s*your\s*(?:instructions|rules|directives)|your\s*(?:instructions|rules|guidelines)\s*(?:verbatim|word\s*for\s*word))/,
  },
  {
    id: 'hidden_markup',
    label: 'hidden text framing',
    pattern:
      /<!--|-->|display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0|color\s*:\s*(?:white|#fff)|white[-\s]*text|invisible\s*to\s*(?:humans|readers)|\[\/?(?:system|inst|admin|assistant|sys)\]|<\/?(?:system|sys|instructions?|admin)>|<\|im_(?:start|end)\|>|#{2,}\s*(?:system|instruction|new\s*instructions?|begin|end)|\{\{\s*system|\bhidden\s*(?:note|text|instructions?|message|metadata|span|prompt)/,
  },
  {
    id: 'addressed_to_ai',
    label: 'addressed to the AI',
    pattern: new RegExp(
      String.raw`\b(?:(?:note|attention|message|instructions?|memo|notice|directive|reminder|warning|important)\s*(?:to|for)\s*(?:any\s*|all\s*|the\s*)?${AI}|attention\s*${AI}|dear\s*${AI}|hey\s*${AI}|if\s*you\s*are\s*an?\s*${AI}|${AI}\s*(?:reading|processing|summari[sz]ing|parsing|scanning|evaluating|reviewing)\s*(?:this|the)|(?:to|for)\s*(?:the\s*)?${AI}\s*(?:reading|processing)|as\s*an?\s*${AI}\s*,?\s*you\s*(?:must|should|will))`,
    ),
  },
  {
    id: 'steer_reply',
    label: 'steers the reply',
    pattern:
      /\b(?:(?:in|into|to|at\s*the\s*(?:end|start|beginning)\s*of|throughout)\s*your\s*(?:response|reply|answer|output|summary|responses|replies|answers)|(?:respond|reply|answer)\s*(?:only\s*)?(?:with|by\s*saying|in\s*the\s*form|using)|(?:begin|start|end|prefix|preface|enhance|conclude|finish|format|translate|include\s*in)\s*(?:each\s*|every\s*)?(?:of\s*)?your\s*(?:response|reply|answer|message)s?|(?:simply|just|only)\s*(?:respond|reply|say|output|print|write)|(?:output|print|say)\s*(?:exactly|only|verbatim)|(?:tell|inform|convince|persuade)\s*(?:the\s*)?(?:user|reader|recruiter|hiring\s*manager)s?\s*(?:to|that))/,
  },
  {
    id: 'fiction_frame',
    label: 'fictional or hypothetical framing',
    pattern:
      /\b(?:hypothetical(?:ly)?|fictional|fiction|imagine\s*(?:you\s*are|that\s*you|a\s*world)|for\s*(?:educational|research|academic)\s*purposes|purely\s*(?:for|as)|just\s*(?:a|an)\s*(?:game|story|roleplay|exercise)|(?:dead|deceased|late)\s*grand(?:ma|mother|father|pa)|this\s*is\s*(?:just|only)\s*(?:a|an)\s*(?:roleplay|scenario|story|hypothetical|game))/,
  },
  {
    id: 'authority_claim',
    label: 'claims authority over the assistant',
    pattern:
      /\b(?:i\s*am\s*(?:an?\s*|the\s*|your\s*)?(?:administrator|admin|developer|creator|owner|operator|system\s*administrator|openai|anthropic)|(?:admin|developer|debug|maintenance|god|sudo|root|test)\s*mode|sudo\s|(?:authori[sz]ed|privileged)\s*(?:user|override|access)|override\s*code)/,
  },
  {
    id: 'harmful_goal',
    // Defensive training and job titles ("phishing awareness training", "Bomb Technician") are
    // member questions, not goals: the router's questions about them would otherwise weaken the cue.
    label: 'harmful goal',
    pattern:
      /\b(?:phishing(?!\s*(?:awareness|training|simulations?|prevention|detection|tests?|defen[cs]es?))|malware|ransomware|keylogger|spyware|virus|exploit\s*code|hack(?:ing)?\s*into|steal(?:ing)?\s*(?:passwords|credentials|identit|data|money)|napalm|explosives?|bombs?(?!\s*(?:technicians?|loaders?|disposal|squad))|weapons?|meth(?:amphetamine)?|cocaine|heroin|poison|suicide|self-?harm|anorexia|bulimia|revenge\s*porn|exploit(?:ing)?\s*(?:this|the|a|these)?\s*vulnerabilit|tamper(?:ing)?\s*with|bypass(?:ing)?\s*(?:the\s*)?(?:security|authentication|paywall)|porn(?:ographic)?|racis[tm]|sexis[tm]|genocide|terroris[tm]|extremis[tm]|violence|violent|kill(?:ing)?|murder|unethical|counterfeit|launder(?:ing)?|disinformation|misinformation|fake\s*news|defamatory|product\s*keys?)\b/,
  },
  {
    id: 'symbol_soup',
    label: 'adversarial suffix (symbol soup)',
    // GCG-style optimised suffixes: runs of tokens mixing brackets, backslashes and other symbols.
    pattern: /(?:\S*[\\{}()[\]$^~|`<>]\S*[\\{}()[\]$^~|`<>]\S*\s+){3,}/,
  },
  {
    id: 'secret_request',
    label: 'asks for secrets',
    pattern:
      /\b(?:reveal|share|give|tell|send|print|leak|expose|output|disclose|list|dump|show)\s*(?:me\s*)?(?:all\s*|the\s*|your\s*|every\s*|their\s*|any\s*)*(?:passwords?|api\s*keys?|credentials|secret\s*keys?|access\s*tokens?|private\s*keys?|email\s*addresses|phone\s*numbers|social\s*security|credit\s*card)/,
  },
  {
    id: 'code_payload',
    label: 'code or query payload',
    pattern:
      /\bimport\s*os\b|os\.system|subprocess|\beval\s*\(|\bexec\s*\(|__import__|rm\s*-rf|drop\s*table|union\s*select|;\s*--|'\s*or\s*'?1'?\s*=\s*'?1|<script|javascript:|!\[[^\]]*\]\(https?:/,
  },
  {
    id: 'exfiltrate',
    label: 'sends data elsewhere',
    pattern:
      /\b(?:send|forward|post|upload|email|transmit|append)\s*(?:it|this|them|all|the\s*\w+|everything|the\s*(?:conversation|chat|data|history))?\s*(?:\w+\s*)?to\s*(?:https?:|www\.|[\w.+-]+@[\w-]+\.\w+)|(?:click|visit|go\s*to)\s*(?:this\s*link|https?:)/,
  },
];

/** Lower case and single spaces: the form every cue pattern reads. */
export function cueText(deobfuscated: string): string {
  return deobfuscated.toLowerCase().replace(/\s+/g, ' ');
}

export interface CueMatch {
  cue: GuardCue;
  /** The first matching words, as shown in `reasons`. */
  excerpt: string;
}

export function findCues(text: string): CueMatch[] {
  const matches: CueMatch[] = [];
  for (const cue of GUARD_CUES) {
    const match = cue.pattern.exec(text);
    if (match) matches.push({ cue, excerpt: match[0].trim().slice(0, 60) });
  }
  return matches;
}
