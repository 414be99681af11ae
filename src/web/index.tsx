// The standalone page's entry (dist/web.html): no Office, the xlsx host in the browser, the browser's
// language until the person picks another.
import { createRoot } from 'react-dom/client';
import { browserLang } from './lang';
import { WebPage } from './WebPage';

const element = document.getElementById('root');
if (element) {
  const preferred = navigator.languages && navigator.languages.length > 0 ? navigator.languages : [navigator.language];
  createRoot(element).render(<WebPage initialLang={browserLang(preferred)} />);
}
