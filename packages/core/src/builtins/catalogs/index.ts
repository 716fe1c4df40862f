import type { BuiltinCatalog } from '../catalog.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { ja } from './ja.js';
import { ko } from './ko.js';
import { ptBR } from './pt-BR.js';
import { zhCN } from './zh-CN.js';

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
};
