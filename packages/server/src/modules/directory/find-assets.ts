/**
 * The public pages' stylesheet and script, served from /find/assets (the CSP allows only
 * same-origin styles and scripts). The pages work fully without the script; it adds "Use my
 * location" (the browser's geolocation fills the hidden latitude/longitude and sorts by distance).
 */
export const FIND_CSS = `
:root { color-scheme: light; --ink: #1d2433; --muted: #4a5468; --accent: #0b5c6b; --line: #d5dbe5; --bg: #f7f8fa; --ok: #1f6f3f; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); background: var(--bg); }
a { color: var(--accent); }
a:focus, button:focus, input:focus, select:focus, textarea:focus { outline: 3px solid #f2b01e; outline-offset: 2px; }
.skip { position: absolute; left: -9999px; }
.skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; z-index: 10; }
header.site { background: #fff; border-bottom: 1px solid var(--line); padding: .75rem 1.5rem; display: flex; gap: 1.5rem; align-items: baseline; flex-wrap: wrap; }
header.site .brand { font-weight: 700; font-size: 1.15rem; text-decoration: none; color: var(--ink); }
main { max-width: 72rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.75rem; margin: .25rem 0 1rem; }
h2 { font-size: 1.25rem; margin: 0 0 .25rem; }
.layout { display: grid; grid-template-columns: 18rem 1fr; gap: 1.5rem; align-items: start; }
@media (max-width: 52rem) { .layout { grid-template-columns: 1fr; } }
form.filters { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 1rem; display: grid; gap: .75rem; }
label { display: block; font-weight: 600; }
input[type=text], input[type=search], input[type=email], input[type=tel], select, textarea { width: 100%; padding: .45rem .5rem; border: 1px solid #8a94a6; border-radius: 4px; font: inherit; background: #fff; color: var(--ink); }
.check label { display: inline; font-weight: 400; }
button, .button { background: var(--accent); color: #fff; border: 0; border-radius: 4px; padding: .55rem 1rem; font: inherit; font-weight: 600; cursor: pointer; text-decoration: none; display: inline-block; }
button.secondary { background: #fff; color: var(--accent); border: 1px solid var(--accent); }
.notice { background: #fff8e1; border: 1px solid #e0c36a; border-radius: 6px; padding: .75rem 1rem; margin-bottom: 1rem; }
.error { background: #fdecea; border: 1px solid #d9534f; border-radius: 6px; padding: .75rem 1rem; margin-bottom: 1rem; }
.field-error { color: #a1221c; font-weight: 600; margin: .25rem 0 0; }
ol.results { list-style: none; padding: 0; margin: 0; display: grid; gap: 1rem; }
.card { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 1rem; display: grid; grid-template-columns: 5rem 1fr; gap: 1rem; }
.card img, .photo-placeholder { width: 5rem; height: 5rem; border-radius: 50%; object-fit: cover; background: #e3e8ef; }
.profile-photo { width: 9rem; height: 9rem; border-radius: 50%; object-fit: cover; }
.meta { color: var(--muted); margin: .15rem 0; }
.badge { display: inline-block; border: 1px solid var(--ok); color: var(--ok); border-radius: 999px; padding: 0 .5rem; font-size: .85rem; font-weight: 600; margin-right: .25rem; }
.tags { display: flex; flex-wrap: wrap; gap: .35rem; padding: 0; margin: .5rem 0 0; list-style: none; }
.tags li { background: #eef2f7; border-radius: 999px; padding: .05rem .6rem; font-size: .9rem; }
nav.pages ul { list-style: none; display: flex; gap: .5rem; padding: 0; flex-wrap: wrap; }
nav.pages a, nav.pages span { display: inline-block; padding: .25rem .6rem; border: 1px solid var(--line); border-radius: 4px; background: #fff; }
nav.pages [aria-current] { background: var(--accent); color: #fff; }
.profile { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 1.5rem; }
.profile-head { display: flex; gap: 1.5rem; align-items: center; flex-wrap: wrap; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .35rem 1rem; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
.bio { white-space: pre-line; }
form.contact { display: grid; gap: .75rem; max-width: 36rem; }
.hp { position: absolute; left: -10000px; width: 1px; height: 1px; overflow: hidden; }
fieldset { border: 1px solid var(--line); border-radius: 6px; }
.muted { color: var(--muted); }
footer.site { max-width: 72rem; margin: 2rem auto; padding: 0 1.5rem; color: var(--muted); font-size: .9rem; }
`;

export const FIND_JS = `
(function () {
  var form = document.querySelector('form.filters');
  if (!form || !('geolocation' in navigator)) return;
  var zip = form.querySelector('#zip');
  if (!zip) return;
  var lat = form.querySelector('input[name=lat]');
  var lon = form.querySelector('input[name=lon]');
  var sort = form.querySelector('#sort');
  var status = document.createElement('p');
  status.setAttribute('role', 'status');
  status.className = 'muted';
  var button = document.createElement('button');
  button.type = 'button';
  button.className = 'secondary';
  button.textContent = 'Use my location';
  button.addEventListener('click', function () {
    status.textContent = 'Finding your location…';
    navigator.geolocation.getCurrentPosition(function (position) {
      lat.value = position.coords.latitude.toFixed(4);
      lon.value = position.coords.longitude.toFixed(4);
      zip.value = '';
      if (sort) sort.value = 'distance';
      status.textContent = 'Searching near you…';
      form.submit();
    }, function () {
      status.textContent = 'Your location is not available. Please enter a ZIP code instead.';
    }, { maximumAge: 600000, timeout: 10000 });
  });
  var anchor = zip.parentNode;
  anchor.appendChild(button);
  anchor.appendChild(status);
})();
`;
