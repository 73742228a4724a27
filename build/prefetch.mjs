// The library, opened while the program downloads: a small classic script at the top of
// the page's <head> (written by build/postbuild.mjs; inline in the single file, by
// build/single.mjs) starts this during parsing, long before the WebAssembly is compiled,
// so opening IndexedDB (50–70 ms on a cold start) costs the first render nothing. Not in
// an embed (`?embed`): an embed without `save` must not create anything in storage.
// src/web/storage/mod.rs takes `window.peakendLibrary` and reads what it found; without it
// (tests that mount the app directly) the program opens the database itself with the
// same schema. Keep the two in step: database `peakend` version 2, stores
// `docs`, `meta`, an auto-increment `aside`, and `surveys` (version 2).
export const PREFETCH = `
// Open the library now, while the program downloads (see build/prefetch.mjs).
try {
  performance.mark('prefetch-start');
  if (!/[?&]embed(&|=|$)/i.test(location.search)) window.peakendLibrary = new Promise((resolve, reject) => {
    const open = indexedDB.open('peakend', 2);
    open.onupgradeneeded = () => {
      const db = open.result;
      for (const name of ['docs', 'meta', 'surveys']) {
        if (!db.objectStoreNames.contains(name)) db.createObjectStore(name);
      }
      if (!db.objectStoreNames.contains('aside')) db.createObjectStore('aside', { autoIncrement: true });
    };
    open.onerror = () => reject(open.error);
    open.onblocked = () => reject(new DOMException('blocked', 'UnknownError'));
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['docs', 'meta'], 'readonly');
      const docs = tx.objectStore('docs');
      const keys = docs.getAllKeys();
      const values = docs.getAll();
      const library = tx.objectStore('meta').get('library');
      tx.oncomplete = () => {
        performance.mark('prefetch-done');
        const found = { db, keys: keys.result, values: values.result, library: library.result };
        // Ready before the program starts (the usual case): it reads this at once and
        // shows the journey in its very first render. Once the program has taken the
        // promise instead, nothing is left on the window for a later reader.
        if (!window.peakendLibraryTaken) window.peakendLibraryReady = found;
        resolve(found);
      };
      tx.onabort = () => reject(tx.error);
    };
  });
  // The program reads a failure itself; no console noise.
  if (window.peakendLibrary) window.peakendLibrary.catch(() => {});
} catch (_) {
  // No IndexedDB here (a sandboxed frame): the program finds out and says so.
}
`;
