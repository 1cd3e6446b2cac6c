// Soft hyphens into the text of an HTML document, each text in its own
// language (the nearest lang attribute around it).
#pragma once

#include <string>

namespace planverk {

/// `html` with soft hyphens (U+00AD) in every long word of its text nodes,
/// hyphenated in the language of the nearest element with a `lang`
/// attribute (nb, nn, en; others are left alone). Tags, attributes,
/// character references, <head>, <h1> (the title), <style>, <script>, <pre>
/// and <code> are copied as they are; e-mail and web addresses stay whole.
std::string hyphenateHtml(const std::string &html);

} // namespace planverk
