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

/** The article paragraphs of `commentsPage`, exactly as they must be stored. */
export const commentsPageText = [
  'The city council voted 7-2 on Tuesday night to raise the municipal budget by 4 per cent, ending months of argument over library hours.',
  '"This budget keeps every branch open," said council leader Maria Okafor after the vote.',
  'Councillor Dev Patel, who voted against, called the plan "a tax rise dressed up as a rescue".',
  'The new budget takes effect on 1 April.',
];

/**
 * A local news site: a short article in <main>, then a reader comment section as WordPress
 * themes ship it (comment list, comment bodies with quotes of their own, reply form), a share
 * bar, related links and a newsletter box. The article alone is under Readability's 500-character
 * threshold, so Readability's retry pass keeps every block it first set aside.
 */
export const commentsPage = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Council approves budget rise – Eastbrook Gazette</title>
  <meta property="og:title" content="Council approves budget rise">
  <meta property="og:site_name" content="Eastbrook Gazette">
  <meta name="author" content="Lucy Marsh">
</head>
<body class="single single-post postid-4411 comments-open">
  <header class="site-header"><a href="/">Eastbrook Gazette</a><nav><a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
  <main id="main" class="site-main">
    <article id="post-4411" class="post-4411 post type-post category-news has-comments">
      <h1 class="entry-title">Council approves budget rise</h1>
      <div class="entry-meta"><span class="comments-link"><a href="#comments">12 Comments</a></span></div>
      <div class="entry-content">
        <p>${commentsPageText[0]}</p>
        <p>&quot;This budget keeps every branch open,&quot; said council leader Maria Okafor after the vote.</p>
        <p>Councillor Dev Patel, who voted against, called the plan &quot;a tax rise dressed up as a rescue&quot;.</p>
        <p>${commentsPageText[3]}</p>
      </div>
      <div class="share-bar"><a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">Copy link</a></div>
      <div class="newsletter-box"><p>The Eastbrook Morning Brief: the day's local news before 7am, free in your inbox.</p><form><input type="email" placeholder="you@example.com"><button>Go</button></form></div>
      <div class="related-posts"><h4>More from the Gazette</h4>
        <p><a href="/news/cycle-lanes">Cycle lanes on Harbour Road approved after a long and bitter debate</a></p>
        <p><a href="/news/library-hours">Library opening hours cut at three branches from next month</a></p>
      </div>
    </article>
    <section id="comments" class="comments-area">
      <h2 class="comments-title">12 Comments</h2>
      <ol class="comment-list">
        <li id="comment-101" class="comment even thread-even depth-1">
          <article id="div-comment-101" class="comment-body">
            <footer class="comment-meta"><div class="comment-author vcard"><b class="fn">MaggieB</b> <span class="says">says:</span></div>
              <div class="comment-metadata"><a href="#comment-101"><time datetime="2024-03-12T21:14:00+00:00">12 March 2024 at 9:14 pm</time></a></div></footer>
            <div class="comment-content"><p>I can't believe they said &quot;this is the worst budget ever&quot;, total nonsense.</p></div>
            <div class="reply"><a class="comment-reply-link" href="#respond">Reply</a></div>
          </article>
        </li>
        <li id="comment-102" class="comment odd alt thread-odd depth-1">
          <article id="div-comment-102" class="comment-body">
            <footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Pete123</b></div></footer>
            <div class="comment-content"><p>&quot;We were robbed,&quot; wrote user Pete123.</p><p>Every year the same story, and every year the council tells us there is no money for the roads on the east side of town.</p></div>
          </article>
        </li>
      </ol>
      <div id="respond" class="comment-respond">
        <h3 id="reply-title" class="comment-reply-title">Your Comment</h3>
        <form id="commentform" class="comment-form"><p class="comment-notes">Your email address will not be published. Required fields are marked *</p>
          <p class="comment-form-comment"><label for="comment">Comment</label><textarea id="comment"></textarea></p>
          <p class="form-submit"><input type="submit" value="Post Comment"></p></form>
      </div>
    </section>
  </main>
  <footer class="site-footer"><p>© 2024 Eastbrook Gazette</p></footer>
</body>
</html>`;

/** The article paragraphs of `wordpressPage`, exactly as they must be stored. */
export const wordpressPageText = [
  'The Mill Street bridge will stay closed until at least October, county engineers told a packed meeting in Alder Falls on Monday.',
  '“We found cracks in two of the four steel bearings, and we will not reopen a bridge we cannot stand behind,” said chief engineer Rosa Lindqvist.',
  'A photo of the closed bridge shared on Facebook last week drew more than 3,000 comments, many from commuters facing a 20-minute detour.',
  'Shop owners on Mill Street say trade has fallen by a third. “People simply stopped coming,” said baker Tom Reyes, whose family has run the bakery since 1962.',
  'The county has set aside $2.4 million for the repairs. By Thursday, engineers expect to publish a full timetable.',
  'Photographs taken by the inspectors will be shown at the next public meeting on 18 July.',
];

/**
 * A WordPress post (Gutenberg and classic editor markup): the byline repeated as the first
 * paragraph of the content, a block-editor figure and a classic [caption] shortcode with photo
 * credits, a caption paragraph with an agency credit, Jetpack sharing and related posts.
 */
export const wordpressPage = `<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>Mill Street bridge to stay shut until October &#8211; Valley Voice</title>
<meta property="og:type" content="article">
<meta property="og:title" content="Mill Street bridge to stay shut until October">
<meta property="og:site_name" content="Valley Voice">
<meta property="article:published_time" content="2024-06-04T18:02:11+00:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Mill Street bridge to stay shut until October","author":{"@type":"Person","name":"Amira Haddad"},"datePublished":"2024-06-04T18:02:11+00:00"}</script>
</head>
<body class="post-template-default single single-post postid-88 single-format-standard">
<div id="page" class="site">
  <div id="content" class="site-content">
    <div id="primary" class="content-area">
      <main id="main" class="site-main">
        <article id="post-88" class="post-88 post type-post status-publish format-standard has-post-thumbnail hentry category-local tag-photo tag-comment">
          <header class="entry-header"><h1 class="entry-title">Mill Street bridge to stay shut until October</h1></header>
          <div class="entry-content">
            <p><strong>By Amira Haddad</strong></p>
            <p>${wordpressPageText[0]}</p>
            <figure class="wp-block-image size-large"><img src="/wp-content/uploads/2024/06/bridge-1024x683.jpg" alt="The closed Mill Street bridge" width="1024" height="683"><figcaption class="wp-element-caption">The bridge has been shut since June. Photo: Valley Voice</figcaption></figure>
            <p>&#8220;We found cracks in two of the four steel bearings, and we will not reopen a bridge we cannot stand behind,&#8221; said chief engineer Rosa Lindqvist.</p>
            <p>${wordpressPageText[2]}</p>
            <div id="attachment_91" style="width: 810px" class="wp-caption aligncenter"><img aria-describedby="caption-attachment-91" src="/wp-content/uploads/2024/06/detour.jpg" alt="" width="800" height="533"><p id="caption-attachment-91" class="wp-caption-text">Drivers queue at the detour on Route 9 on Friday morning. Photograph: Dan Ortiz/Valley Voice</p></div>
            <p>Shop owners on Mill Street say trade has fallen by a third. &#8220;People simply stopped coming,&#8221; said baker Tom Reyes, whose family has run the bakery since 1962.</p>
            <p>${wordpressPageText[4]}</p>
            <p>Engineers inspect the east pier of the Mill Street bridge in May. (Getty Images)</p>
            <p>${wordpressPageText[5]}</p>
            <div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul><li><a class="share-facebook sd-button" href="#"><span>Facebook</span></a></li><li><a class="share-x sd-button" href="#"><span>X</span></a></li></ul></div></div></div>
            <div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>
              <div class="jp-relatedposts-items"><p class="jp-relatedposts-post-title"><a href="/2024/05/route-9-detour-signs-go-up-ahead-of-closure/">Route 9 detour signs go up ahead of the bridge closure next week</a></p>
              <p class="jp-relatedposts-post-context">In &quot;Local&quot;</p></div></div>
          </div>
        </article>
      </main>
    </div>
  </div>
</div>
</body>
</html>`;

/** The article paragraphs of `disqusPage`, exactly as they must be stored. */
export const disqusPageText = [
  'The regional water authority will lift the hosepipe ban on Saturday after three weeks of heavy rain refilled the Carrow reservoir.',
  '"Levels are back above 90 per cent, so there is no reason to keep the restrictions," a spokesperson for the authority said.',
  'Gardeners had complained that the ban was introduced too late and kept too long.',
];

/**
 * A blog post whose Disqus thread was rendered into the page for search engines (the classic
 * Disqus WordPress plugin's #dsq-content), with the "comments powered by Disqus" link.
 */
export const disqusPage = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Hosepipe ban to be lifted | Carrow Valley Blog</title></head>
<body class="post-template-default single single-post">
<div id="primary" class="content-area">
  <main id="main" class="site-main">
    <article class="post type-post status-publish">
      <h1 class="entry-title">Hosepipe ban to be lifted</h1>
      <div class="entry-content">
        ${disqusPageText.map((p) => `<p>${p}</p>`).join('\n        ')}
      </div>
      <footer class="entry-footer">Posted in <a href="/category/local">Local</a></footer>
    </article>
    <div id="disqus_thread">
      <div id="dsq-content">
        <ul id="dsq-comments">
          <li class="comment" id="dsq-comment-5120113"><div id="dsq-comment-header-5120113" class="dsq-comment-header"><cite id="dsq-cite-5120113"><span id="dsq-author-user-5120113">GreenThumb</span></cite></div>
            <div id="dsq-comment-body-5120113" class="dsq-comment-body"><div id="dsq-comment-message-5120113" class="dsq-comment-message"><p>My neighbour told me "the ban was never enforced anyway", which says it all about this authority.</p></div></div></li>
          <li class="comment" id="dsq-comment-5120120"><div id="dsq-comment-body-5120120" class="dsq-comment-body"><div class="dsq-comment-message"><p>"About time," said everyone on our street, and the lawns have already recovered after a week of proper rain.</p></div></div></li>
          <li class="comment" id="dsq-comment-5120177"><div id="dsq-comment-body-5120177" class="dsq-comment-body"><div class="dsq-comment-message"><p>Three weeks of rain and suddenly everything is fine again, until next summer when we will be told to stop watering the garden again.</p></div></div></li>
          <li class="comment" id="dsq-comment-5120190"><div id="dsq-comment-body-5120190" class="dsq-comment-body"><div class="dsq-comment-message"><p>Fix the leaks first. The authority loses a quarter of its water through broken pipes, and then it lectures us about hosepipes, sprinklers and paddling pools.</p></div></div></li>
          <li class="comment" id="dsq-comment-5120204"><div id="dsq-comment-body-5120204" class="dsq-comment-body"><div class="dsq-comment-message"><p>Does anyone know whether the allotments on Mill Lane are covered by the same rules, or do they have their own supply?</p></div></div></li>
        </ul>
      </div>
    </div>
    <a href="https://disqus.com" class="dsq-brlink">comments powered by <span class="logo-disqus">Disqus</span></a>
  </main>
</div>
</body>
</html>`;

/** The article paragraphs of `opinionPage`, exactly as they must be stored. */
export const opinionPageText = [
  'Closing three branches will save the council £400,000 a year. It will cost the town far more.',
  'Every weekday morning the Wick Lane branch fills with people who have nowhere else to go: job seekers printing CVs, pensioners reading the papers, parents with toddlers.',
  '“A library is the last warm room in town that asks nothing of you.”',
  '— Ruth Adebayo, librarian at Wick Lane',
  'A photo of the queue outside Wick Lane on a January morning says more than any consultation report.',
  'The council should think again before the vote on 12 March.',
];

/**
 * An opinion piece on a site whose names for it contain "comment" (section, taxonomy and state
 * classes on the article and its wrapper), with a pull quote attributed in a <figcaption>,
 * followed by reader comments.
 */
export const opinionPage = `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>Why the library cuts are a false economy | Opinion</title>
<meta name="author" content="Hannah Cole"></head>
<body class="single single-post comments-open">
  <main id="main">
    <div class="opinion-comment-wrap">
      <header class="entry-header"><h1>Why the library cuts are a false economy</h1></header>
      <article class="post type-post category-opinion-comment tag-photo-credit tone-comment has-comments">
        <div class="entry-content comments-enabled">
          <p class="standfirst no-comments-note">${opinionPageText[0]}</p>
          <p>${opinionPageText[1]}</p>
          <figure class="wp-block-pullquote"><blockquote><p>${opinionPageText[2]}</p></blockquote><figcaption>${opinionPageText[3]}</figcaption></figure>
          <p class="has-caption">${opinionPageText[4]}</p>
          <p>${opinionPageText[5]}</p>
        </div>
      </article>
      <div class="comments">
        <h3>4 Comments</h3>
        <div class="comment-body"><p>"Libraries are a luxury we cannot afford," my councillor told me, word for word.</p></div>
        <div class="comment-body"><p>Spot on. The Wick Lane staff helped my mother fill in her pension forms when nobody else would.</p></div>
        <div class="comment-body"><p>Nobody uses libraries any more, everything is online now and the buildings could be flats.</p></div>
      </div>
    </div>
  </main>
</body>
</html>`;
