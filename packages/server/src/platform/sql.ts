/** Escapes LIKE's wildcards (`%`, `_`) and the escape character itself, for `like … escape '\'`. */
export function likeEscape(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
