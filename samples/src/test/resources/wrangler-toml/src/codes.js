const ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

/** A random code of `length` characters from an alphabet without look-alikes. */
export function newCode(length) {
  let code = "";
  for (let i = 0; i < length; i++) code += ALPHABET[Math.floor(Math.random() * ALPHABET.length)];
  return code;
}
