// The languages language detection chooses among: the ones documents about Vietnam arrive in.
export const CANDIDATE_LANGUAGES: readonly string[] = ['vie', 'eng', 'fra', 'cmn', 'jpn', 'kor', 'rus', 'deu', 'spa', 'ind', 'tha', 'khm', 'lao'];
