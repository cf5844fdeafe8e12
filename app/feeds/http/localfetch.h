#pragma once

#include "feeds/http/fetchtypes.h"

// file: and qrc: feeds, read the way an HTTP fetch would be: same result type, same size cap.
// The read blocks on the disk (no waiting on anyone else); the fetcher calls it on its own thread.
namespace LocalFetch {

bool handles(const QUrl &url);

// Never NotModified or Deferred: the sync layer's body hash tells an unchanged file.
FetchResult read(const FetchRequest &request, qint64 maxBytes);

} // namespace LocalFetch
