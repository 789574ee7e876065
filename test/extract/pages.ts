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
