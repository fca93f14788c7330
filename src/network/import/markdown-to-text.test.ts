import { describe, expect, it } from 'vitest';
import { markdownToText } from './markdown-to-text.ts';

describe('markdownToText', () => {
  it('keeps paragraphs as blank-line-separated text and link text without the URL', () => {
    const source =
      'I want to relate a great little thing that happened here at [18th and\nF](http://gsa.gov/) yesterday.\n\nAt 11am we had **working** _code_.';
    expect(markdownToText(source)).toBe(
      'I want to relate a great little thing that happened here at 18th and F yesterday.\n\nAt 11am we had working code.',
    );
  });

  it('drops MDX imports, <head> and JSX components', () => {
    const source = [
      '<head>',
      '  <meta property="og:image" content="https://www.techinterviewhandbook.org/social/resume.png" />',
      '</head>',
      '',
      "import InDocAd from './\\_components/InDocAd';",
      '',
      'Not sure why you are not getting shortlisted?',
      '',
      '<InDocAd />',
      '',
      '### 1. Pick a good programming language to use {#pick-programming-language}',
      '',
      '<div className="text--center margin-vert--lg">',
      '  <figure>',
      '    <img alt="Summary" className="shadow--md" src={require(\'@site/static/img/x.jpg\').default} style={{maxWidth: \'min(100%, 420px)\'}} />',
      '    <figcaption>Summary checklist of the four key steps</figcaption>',
      '  </figure>',
      '</div>',
    ].join('\n');
    expect(markdownToText(source)).toBe(
      'Not sure why you are not getting shortlisted?\n\n1. Pick a good programming language to use\n\nSummary checklist of the four key steps',
    );
  });

  it('turns HTML <br> into line breaks and decodes entities in raw HTML', () => {
    expect(markdownToText('> BSc in Computing<br/>National University of Singapore<br></br>GPA: 3.82')).toBe(
      'BSc in Computing\nNational University of Singapore\nGPA: 3.82',
    );
    expect(
      markdownToText('<p>We&rsquo;re hacking <a href="https://x.gov">bureaucracy</a> &amp; more.</p>'),
    ).toBe('We’re hacking bureaucracy & more.');
  });

  it('renders Liquid and Nunjucks tags as the text a reader sees', () => {
    const source = [
      '{% alert "Updated Travel Guidance" %}',
      '  See the [updated guidance]({% page "/july-13-travel-guidance/" %}) in {% slack_channel "travel" %}.',
      '{% endalert %}',
      '',
      '<figure>',
      '\t{% image "assets/blog/writing-lab/screenshot.png" "Screen shot" %}',
      '\t<figcaption>The internal README</figcaption>',
      '</figure>',
      '',
      'Read [our guide]({{ "/consulting/" | url }}) {% comment %}TODO link{% endcomment %}at {{site.baseurl}}18F.',
    ].join('\n');
    expect(markdownToText(source)).toBe(
      'Updated Travel Guidance\n\nSee the updated guidance in #travel.\n\nThe internal README\n\nRead our guide at 18F.',
    );
  });

  it('writes lists one item per line and tables one row per line', () => {
    expect(
      markdownToText(
        '- one\n- two\n\n| Less like | More like |\n| --- | --- |\n| “Great job!” | “You nailed it.” |',
      ),
    ).toBe('one\ntwo\n\nLess like; More like\n“Great job!”; “You nailed it.”');
  });

  it('drops kramdown attribute lists and images', () => {
    expect(markdownToText('![Gauge](/assets/gauge.jpg)\nSource: USGS {.font-alt-xs}')).toBe('Source: USGS');
  });
});
