#include "grammar/errors.hpp"
#include "grammar/rules.hpp"

#include <catch2/catch.hpp>
#include <tao/pegtl/contrib/analyze.hpp>

TEST_CASE("the grammar has no rule that loops without consuming input") {
  CHECK(tao::pegtl::analyze<bp::grammar::file>(1) == 0);
}
