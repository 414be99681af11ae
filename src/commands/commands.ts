// The ribbon's FunctionFile. The Home-tab button opens the pane with ShowTaskpane, which needs no function
// here; Office still loads this page and waits for Office.onReady, so it must initialise.
/// <reference types="office-js" />

Office.onReady(() => undefined);
