#include "compiler/escape/escape.hpp"

#include <catch2/catch.hpp>

using namespace bp::escape;

TEST_CASE("html escapes markup and drops control characters") {
  CHECK(html("<img src=x onerror=alert(1)>") == "&lt;img src=x onerror=alert(1)&gt;");
  CHECK(html("Tom & \"Jerry\" 'x'") == "Tom &amp; &quot;Jerry&quot; &#39;x&#39;");
  CHECK(html("bell\x07") == "bell");
  CHECK(html("咖啡") == "咖啡");
}

TEST_CASE("markdown keeps tables and emphasis intact") {
  CHECK(markdown("a | b") == "a \\| b");
  CHECK(markdown("*bold* _it_ `code` [link](x)") == "\\*bold\\* \\_it\\_ \\`code\\` \\[link\\](x)");
  CHECK(markdown("<script>") == "\\<script>");
  CHECK(markdown("</b> <!-- <?x") == "\\</b> \\<!-- \\<?x");
  CHECK(markdown("&copy; & co &#38;") == "\\&copy; & co \\&#38;");
  // What cannot open markup stays as written: a target reads `<= 2min`.
  CHECK(markdown("<= 2min, < 3 & > 1") == "<= 2min, < 3 & > 1");
  CHECK(markdown("line\nbreak") == "line break");
  CHECK(markdown("2.2 - 2026-11-20") == "2.2 - 2026-11-20");
}

TEST_CASE("messages keep ids as code and escape the rest") {
  CHECK(markdown_message("unknown step `chrage` in *flow*") == "unknown step `chrage` in \\*flow\\*");
  CHECK(markdown_message("add `recovery \"...\"` here") == "add `recovery \"...\"` here");
  CHECK(html_message("`<script>` and `x`") == "<code>&lt;script&gt;</code> and <code>x</code>");
  CHECK(html_message("step `选择` <b>") == "step <code>选择</code> &lt;b&gt;");
}

TEST_CASE("csv fields follow RFC 4180 and never start a formula") {
  CHECK(csv_field("plain") == "plain");
  CHECK(csv_field("a,b") == "\"a,b\"");
  CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(csv_field("two\nlines") == "\"two\nlines\"");
  CHECK(csv_field("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"");
  CHECK(csv_field("+1") == "'+1");
  CHECK(csv_field("-2") == "'-2");
  CHECK(csv_field("@SUM(A1)") == "'@SUM(A1)");
  CHECK(csv_field("取餐") == "取餐");
}

TEST_CASE("csv neutralises a formula behind dropped control characters") {
  // The cell a spreadsheet sees is the text without its controls: it must not
  // start with = + - @ either.
  CHECK(csv_field("\x01=HYPERLINK(\"http://evil.example/\",\"Open\")") ==
        "\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"Open\"\")\"");
  CHECK(csv_field("\x1b+1") == "'+1");
  CHECK(csv_field("\x7f\x01-2") == "'-2");
  CHECK(csv_field("\x02@SUM(A1)") == "'@SUM(A1)");
  CHECK(csv_field("\x01=x.blueprint:3:27") == "'=x.blueprint:3:27"); // a file name in a finding's status
  CHECK(csv_field("\r=1") == "'=1");
}

TEST_CASE("every format drops C1 controls, decoded as code points") {
  // U+009B is a terminal's CSI and U+0085 a line break; both are two bytes, C2 9B and C2 85.
  const std::string csi = "\xC2\x9B", nel = "\xC2\x85";
  CHECK(printable("F " + csi + "2J" + nel + ".") == "F 2J.");
  CHECK(html("F " + csi + "2J<" + nel) == "F 2J&lt;");
  CHECK(markdown("F " + csi + "2J*" + nel) == "F 2J\\*");
  CHECK(csv_field("F " + csi + "2J" + nel) == "F 2J");
  CHECK(csv_field(nel + "=1") == "'=1");
  CHECK(html_message("`a" + csi + "` b" + nel) == "<code>a</code> b");
  CHECK(markdown_message("`a" + csi + "` b" + nel) == "`a` b");
  // What is not a control stays: the no-break space (C2 A0), é (C3 A9), Chinese.
  const std::string kept = "no-break\xC2\xA0space caf\xC3\xA9 取餐";
  CHECK(printable(kept) == kept);
  CHECK(printable("tab\tline\nbell\x07.del\x7F.") == "tab\tline\nbell.del.");
}

TEST_CASE("bytes that are not UTF-8 become U+FFFD in every format") {
  // A file name is any bytes; the documents declare UTF-8.
  const std::string bad = "\xFF\xFE.blueprint", shown = "\xEF\xBF\xBD\xEF\xBF\xBD.blueprint";
  CHECK(printable(bad) == shown);
  CHECK(html(bad) == shown);
  CHECK(markdown(bad) == shown);
  CHECK(csv_field(bad) == shown);
  CHECK(printable("a\xC3") == "a\xEF\xBF\xBD");                               // truncated sequence
  CHECK(printable("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");                 // overlong /
  CHECK(printable("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"); // a surrogate
}

TEST_CASE("markdown keeps bare URLs from becoming GFM autolinks") {
  // GFM links `scheme://...` at the colon and `www.` at the w; a backslash before
  // the colon or the dot shows the same text and stops both (cmark-gfm 0.29).
  CHECK(markdown("see https://evil.example/f") == "see https\\://evil.example/f");
  CHECK(markdown("ftp://x.example") == "ftp\\://x.example");
  CHECK(markdown("www.evil.example and WWW.evil.example") == "www\\.evil.example and WWW\\.evil.example");
  CHECK(markdown("x_www.evil.example") == "x\\_www\\.evil.example");
  CHECK(markdown_message("fail point \"https://e.example\" on `a`") == "fail point \"https\\://e.example\" on `a`");
  // What is not a URL is left alone.
  CHECK(markdown("10:30, ratio 2:1, wwwx.example, awww.example") == "10:30, ratio 2:1, wwwx.example, awww.example");
}
