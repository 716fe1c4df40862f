import type { BuiltinCatalog } from '../catalog.js';
import { ar } from './ar.js';
import { cs } from './cs.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { faIR } from './fa-IR.js';
import { fr } from './fr.js';
import { it } from './it.js';
import { ja } from './ja.js';
import { ko } from './ko.js';
import { plPL } from './pl-PL.js';
import { ptBR } from './pt-BR.js';
import { ptPT } from './pt-PT.js';
import { ru } from './ru.js';
import { th } from './th.js';
import { trTR } from './tr-TR.js';
import { ukUA } from './uk-UA.js';
import { zhCN } from './zh-CN.js';
import { zhHK } from './zh-HK.js';
import { zhTW } from './zh-TW.js';

/** The wording of the built-in emails, by language tag; English first. */
export const builtinCatalogs: Readonly<Record<string, BuiltinCatalog>> = {
  en,
  ko,
  ja,
  'zh-CN': zhCN,
  de,
  fr,
  es,
  'pt-BR': ptBR,
  ru,
  'uk-UA': ukUA,
  'pl-PL': plPL,
  th,
  'zh-TW': zhTW,
  'zh-HK': zhHK,
  ar,
  'fa-IR': faIR,
  'tr-TR': trTR,
  cs,
  it,
  'pt-PT': ptPT,
};
