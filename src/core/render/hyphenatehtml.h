// Soft hyphens into the text of an HTML document, each text in its own
// language (the nearest lang attribute around it).
#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace planverk {

/// `html` with soft hyphens (U+00AD) in every long word of its text nodes,
/// hyphenated in the language of the nearest element with a `lang`
/// attribute (nb, nn, en; others are left alone). Tags, attributes,
/// character references, <head>, <h1> (the title), <style>, <script>, <pre>
/// and <code> are copied as they are; e-mail and web addresses stay whole.
std::string hyphenateHtml(const std::string &html);

class HyphenationWalker;

/// hyphenateHtml a piece at a time: given the pieces of one document in
/// order, each cut between a tag's end and the next tag's start, it returns
/// each as hyphenateHtml would have hyphenated it in the whole document.
class PieceHyphenator
{
public:
    PieceHyphenator();
    ~PieceHyphenator();
    std::string operator()(std::string_view piece);

private:
    std::unique_ptr<HyphenationWalker> m_walker;
};

} // namespace planverk
