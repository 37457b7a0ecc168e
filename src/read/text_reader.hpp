// Private to read/: the web-article text reader (spec/web-article.md).
#pragma once

#include "model/model.hpp"

#include <string>

namespace hsdoc::read {

// Reads the decoded UTF-8 text of a web article: breadcrumb → channel, title, metadata
// line(s) → published/source/author/editor, body blocks; chrome, widgets and trailing cruft
// go to meta.dropped. Never throws for odd layouts: a page with no recognisable zones
// becomes a document whose body is every non-empty line.
model::Document read_text(const std::string& utf8_text);

}  // namespace hsdoc::read
