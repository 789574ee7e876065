/**
 * French nouns of office and trade that open an apposition after a name in copy quoting French speakers:
 * “Sandrine Rousseau, députée écologiste, a déclaré …” · “…, a déclaré Arnaud Rousseau, président du syndicat”.
 * Each with the gender its form shows (null when it shows none). Words English writes alike are left out.
 */
export const FRENCH_ROLE_NOUNS: ReadonlyMap<string, 'male' | 'female' | null> = new Map<string, 'male' | 'female' | null>([
  ['député', 'male'], ['députée', 'female'], ['eurodéputé', 'male'], ['eurodéputée', 'female'],
  ['sénateur', 'male'], ['sénatrice', 'female'], ['ministre', null], ['maire', null], ['porte-parole', null],
  ['président', 'male'], ['présidente', 'female'], ['vice-président', 'male'], ['vice-présidente', 'female'],
  ['secrétaire', null], ['directeur', 'male'], ['directrice', 'female'], ['conseiller', 'male'], ['conseillère', 'female'],
  ['préfet', 'male'], ['préfète', 'female'], ['procureur', 'male'], ['procureure', 'female'], ['avocat', 'male'], ['avocate', 'female'],
  ['adjoint', 'male'], ['adjointe', 'female'], ['délégué', 'male'], ['déléguée', 'female'], ['dirigeant', 'male'], ['dirigeante', 'female'],
  ['responsable', null], ['chercheur', 'male'], ['chercheuse', 'female'], ['économiste', null], ['syndicaliste', null],
  ['militant', 'male'], ['militante', 'female'], ['élu', 'male'], ['élue', 'female'], ['ambassadeur', 'male'], ['ambassadrice', 'female'],
  ['commissaire', null], ['fondateur', 'male'], ['fondatrice', 'female'], ['patronne', 'female'], ['cheffe', 'female'],
  ['candidat', 'male'], ['porte-drapeau', null], ['entraîneur', 'male'], ['entraîneuse', 'female'], ['sélectionneur', 'male'],
]);

/** Determiners that may open such an apposition: “…, l’ancienne ministre, …” is read from “ministre” on. */
export const FRENCH_APPOSITION_OPENERS: ReadonlySet<string> = new Set(['le', 'la', 'un', 'une', 'l’ancien', 'l’ancienne', "l'ancien", "l'ancienne", 'ancien', 'ancienne', 'nouveau', 'nouvelle']);
