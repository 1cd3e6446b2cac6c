// Dropping the anchors no link points to, before Qt loads a document.
#pragma once

#include <string>
#include <vector>

namespace planverk {

/// `html` without the id attributes (and <a name>) that no link in it
/// points to ("#name") and that are not in `keep`: on paper and in the
/// preview they do nothing, and Qt loads a document with thousands of them
/// many times slower (it compares each one's format with all the others).
std::string dropUnlinkedAnchors(const std::string &html, const std::vector<std::string> &keep = {});

} // namespace planverk
