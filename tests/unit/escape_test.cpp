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
  CHECK(markdown("<script>") == "&lt;script>");
  CHECK(markdown("&copy; & co") == "&amp;copy; & co");
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
