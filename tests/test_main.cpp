#define BOOST_TEST_MODULE hsdoc
#include <boost/test/unit_test.hpp>
