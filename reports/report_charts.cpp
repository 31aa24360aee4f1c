#include "report_charts.h"

#include "chart_painter.h"
#include "chart_palette.h"
#include "report_i18n.h"

namespace readiness::reports {

Rgb stage_colour(int stage) { return Rgb::hex(charts::stage_rgb(stage)); }

Rgb series_colour(std::size_t index) { return Rgb::hex(charts::series_rgb(index)); }

charts::ChartLocale report_chart_locale() {
  charts::ChartLocale locale;
  locale.translate = [](const char* msgid) { return std::string(current_language().translate(msgid)); };
  locale.translate_plural = [](const char* singular, const char* plural, unsigned long n) {
    // Swedish and English: n == 1 takes the singular (report_language.h
    // keeps each plural form under its own msgid).
    return std::string(current_language().translate(n == 1 ? singular : plural));
  };
  locale.decimal_point = current_language().decimal_point();
  return locale;
}

void draw_chart(PdfDocument& pdf, double x, double y, double w, double h, const charts::ChartData& data,
                charts::ChartKind kind) {
  PdfChartCanvas canvas(pdf, x, y, kChartScale);
  charts::paint_chart(canvas, charts::Rect{0, 0, w / kChartScale, h / kChartScale}, data, kind,
                      charts::ChartStyle::standard());
}

}  // namespace readiness::reports
