import { createContext, useContext } from 'react';
import { format, type Language, type MessageKey } from './messages.js';

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

const I18n = createContext<{ language: Language; t: Translate }>({
  language: 'en',
  t: (key, values) => format('en', key, values),
});

export function I18nProvider(props: { language: Language; children: React.ReactNode }) {
  const t: Translate = (key, values) => format(props.language, key, values);
  return <I18n.Provider value={{ language: props.language, t }}>{props.children}</I18n.Provider>;
}

/** The current language and its `t`. */
export const useI18n = () => useContext(I18n);
