// `kg view`: where the page is.
#include "kg/render.hpp"

namespace kg::render {

void print_view(std::ostream& out, std::ostream& notes, const ViewAnswer& answer) {
  out << answer.page << '\n';
  if (answer.opener.empty())
    notes << "kg: no display to show the page on ($DISPLAY, $WAYLAND_DISPLAY and xdg-open); "
             "open the file above in a browser\n";
}

}  // namespace kg::render
