/**
 * Everyday words, places and first names that are also technology names or their short forms
 * ("Microsoft Outlook" → "Outlook", "Oracle Designer" → "Designer", "Eclipse Jersey" → "Jersey",
 * "Chat software" → "Chat"), or abbreviations postings use for something else ("PMP", Project
 * Management Professional), that O*NET's prose does not happen to use. Reviewed against the
 * one-word aliases the bundled postings contain. Like the words that prose does use, they never
 * match on their own: only a longer name does ("Microsoft Outlook").
 */
export const AMBIGUOUS_WORDS: ReadonlySet<string> = new Set(
  `aim algorithmic antivirus apps aspen autopilot barcode biofeedback blogging calendar calm captivate
  charting chat chatbot chef clipper clustering colleague com compass compounder concordance consolidation
  continuum crystallography debugging designer diagramming diameter digitizing disassembler docs domino
  dossier encoder encompass enigma epic eric etc fear firewall flex flowcharting gaussian genotyping
  graphing gravitation her hotspot icon interconnect interpreter interviewer interwoven inventor jersey
  jet julia keynote kingdom latitude lisa logger magic mars max millennium multitask navigator outlook
  painter patternmaking persuasion pmp photogrammetric podcasting presenter prism pulsar quest reliance
  reservation rio ross router san scheme shiny softphone sunrise teleconferencing telemetry telephony
  tim traceability tuba ventura videoconferencing webinar wiki`.split(/\s+/),
);
