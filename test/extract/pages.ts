/** A news page as sites really ship them: navigation, share rows, related links, comments, JSON-LD. */
export const newsPage = `<!doctype html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Minister defends port deal | The Harbour Times</title>
  <meta property="og:title" content="Minister defends port deal amid criticism">
  <meta property="og:site_name" content="The Harbour Times">
  <meta property="article:published_time" content="2024-03-15T09:30:00+01:00">
  <meta name="author" content="By Jane Doe">
  <link rel="canonical" href="/politics/2024/03/15/port-deal">
  <script type="application/ld+json">
  {"@context":"https://schema.org","@graph":[
    {"@type":"WebSite","name":"The Harbour Times"},
    {"@type":"NewsArticle","headline":"Minister defends port deal","datePublished":"2024-03-15T08:30:00Z",
     "author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"Omar Said"}],
     "publisher":{"@type":"Organization","name":"Harbour Times Ltd"}}]}
  </script>
  <script>window.dataLayer = [{"article":"FAKE SCRIPT TEXT that must never appear"}];</script>
  <style>.x::after { content: "FAKE STYLE TEXT"; }</style>
</head>
<body>
  <header><nav><ul><li><a href="/">Home</a></li><li><a href="/politics">Politics</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav></header>
  <main>
    <article>
      <h1>Minister defends port deal</h1>
      <div class="share"><p>Share</p><p>Tweet</p><p>Email</p></div>
      <p>The transport minister on Friday defended the &ldquo;long overdue&rdquo; sale of the northern port, saying the deal would protect 1,200 jobs.</p>
      <p>&quot;We have waited ten years for this investment,&quot; the minister told reporters outside parliament. &quot;Nobody should pretend there was a better offer.&quot;</p>
      <p>Read more: Port workers vote on strike action</p>
      <p>Opposition leader Anna Berg said the&nbsp;government had   ignored the port authority&#8217;s own warnings and called for an independent inquiry.</p>
      <blockquote><p>&ldquo;This is a fire sale,&rdquo; Berg wrote on social media.</p></blockquote>
      <p>The sale is expected to close in June, according to the ministry.</p>
      <p>MS/3853185</p>
      <div class="newsletter"><p>Sign up for our daily politics newsletter</p></div>
      <div class="follow"><p>Follow us on Facebook | X | Telegram</p></div>
    </article>
    <aside><h2>Related stories</h2><ul><li><a href="/a">Port strike looms</a></li><li><a href="/b">Harbour fees rise</a></li></ul></aside>
    <section id="comments"><h3>Your Comment</h3><form><textarea>Write here</textarea><button>Send</button></form><p>3 Comments</p></section>
  </main>
  <footer><p>&copy; 2024 The Harbour Times. All rights reserved.</p></footer>
</body>
</html>`;

/** A small regional site: Windows-1252 bytes, parsely/Dublin Core metadata, broken JSON-LD. */
export function regionalPageBytes(): Buffer {
  const html = `<html><head>
  <meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
  <meta name="parsely-title" content="Café owner wins appeal">
  <meta name="parsely-author" content="Marie Lefèvre">
  <meta name="DC.date.issued" content="2023-11-02">
  <meta property="og:locale" content="fr_FR">
  <meta property="og:url" content="https://regional.example/news/cafe-appeal">
  <link rel="canonical" href="javascript:alert(1)">
  <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Broken, "datePublished": }</script>
  <title>Café owner wins appeal – Regional Post</title>
</head><body>
  <div id="menu"><a href="/">Accueil</a> <a href="/news">News</a></div>
  <div class="story">
    <p>The owner of a café in the old town has won his appeal against a €5,000 fine – the court said the inspection was “flawed”.</p>
    <p>“Justice was done,” he said after the hearing on Thursday, adding that he would reopen next week.</p>
    <p>The council said it would study the ruling before deciding whether to take the case further.</p>
    <p>Copyright © Regional Post 2023</p>
  </div>
</body></html>`;
  // Every character above exists in windows-1252; the page must come back intact.
  const bytes: number[] = [];
  const high: Record<string, number> = { '€': 0x80, '–': 0x96, '“': 0x93, '”': 0x94, é: 0xe9, è: 0xe8, '©': 0xa9 };
  for (const ch of html) bytes.push(high[ch] ?? ch.charCodeAt(0));
  return Buffer.from(bytes);
}

/** A blog post laid out with <br> line breaks and a bare `<html>` without metadata. */
export const brPage = `<html><head><title>Notes from the hearing</title></head><body>
<div id="content"><h2>Notes from the hearing</h2>
The committee met at nine and the chair opened with a statement on the budget overrun.<br><br>
&quot;We were not told,&quot; said committee member Lina Park, who asked for the documents to be published.<br><br>
The finance director replied that the figures had been shared in January with every member of the committee.<br>
<p>Share this article</p>
<p>AFP/20240115</p>
</div></body></html>`;
