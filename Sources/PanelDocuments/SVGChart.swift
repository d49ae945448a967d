import Mustache

/// Horizontal bar charts drawn as inline SVG, so the HTML report needs no script, no
/// network and no library, and prints as it shows.
public enum SVGChart {
    /// One bar per value, longest bar the full width; labels and values escaped.
    public static func bars(_ bars: [ReportTable.Bar], unit: String, title: String) -> String {
        let labelWidth = 260, barWidth = 300, rowHeight = 22, valueGap = 6, maximumLabel = 40
        let height = bars.count * rowHeight + 8
        let largest = max(1, bars.map(\.value).max() ?? 1)
        var svg = """
            <svg class="chart" xmlns="http://www.w3.org/2000/svg" width="\(labelWidth + barWidth + 60)" height="\(height)" \
            viewBox="0 0 \(labelWidth + barWidth + 60) \(height)" role="img" aria-label="\(Template.escapeHTML(title))">
            """
        for (index, bar) in bars.enumerated() {
            let y = 4 + index * rowHeight
            let width = bar.value * barWidth / largest
            // Long labels are shortened to fit beside the bars; the full one is the tooltip.
            let label = bar.label.count > maximumLabel ? bar.label.prefix(maximumLabel - 1) + "…" : bar.label
            svg += """

                <text x="\(labelWidth - 8)" y="\(y + 15)" text-anchor="end"><title>\(Template.escapeHTML(bar.label))</title>\(Template.escapeHTML(label))</text>\
                <rect x="\(labelWidth)" y="\(y + 3)" width="\(width)" height="\(rowHeight - 6)"></rect>\
                <text x="\(labelWidth + width + valueGap)" y="\(y + 15)">\(bar.value)\(Template.escapeHTML(unit))</text>
                """
        }
        return svg + "\n</svg>"
    }
}
