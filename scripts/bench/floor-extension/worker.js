// The click goes straight to one file injection: no probe, no message, nothing read from storage.
chrome.action.onClicked.addListener((tab) => {
  void chrome.scripting.executeScript({ target: { tabId: tab.id }, files: ['paint.js'] });
});
