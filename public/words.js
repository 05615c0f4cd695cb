// The words of the pages' plain scripts, in the page's language: the server
// writes them on the page (`#words`, app/src/shell.rs) from the message
// files (i18n/locales), so no script carries a sentence of its own.

const words = JSON.parse(document.getElementById('words')?.dataset.words ?? '{}');

/** The message `key`, each `{$name}` in it filled in from `values`. */
export function word(key, values = {}) {
  return Object.entries(values).reduce(
    (text, [name, value]) => text.replaceAll(`{$${name}}`, value),
    words[key] ?? key,
  );
}
