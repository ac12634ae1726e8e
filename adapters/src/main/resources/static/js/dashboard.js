/*
 * The dashboard's charts (templates/reporting-dashboard/page.html): every element with a data-chart attribute holds
 * the options of one ECharts chart as JSON, written by the server. This script draws each once — on load, and again
 * after htmx has put the dashboard's panels into the home page — and redraws them when the window is resized. The
 * charts are drawn on a canvas, in the page's language; there is no inline script and no inline style.
 */
(function () {
    'use strict';

    var charts = [];

    function locale() {
        return (document.documentElement.lang || '').indexOf('en') === 0 ? 'EN' : 'ZH';
    }

    function draw(root) {
        if (typeof echarts === 'undefined') {
            return;
        }
        root.querySelectorAll('[data-chart]').forEach(function (element) {
            if (echarts.getInstanceByDom(element)) {
                return;
            }
            var chart = echarts.init(element, null, {renderer: 'canvas', locale: locale()});
            chart.setOption(JSON.parse(element.getAttribute('data-chart')));
            charts.push(chart);
        });
    }

    var pending = null;
    function resize() {
        if (pending) {
            clearTimeout(pending);
        }
        pending = setTimeout(function () {
            charts = charts.filter(function (chart) {
                if (chart.isDisposed() || !document.body.contains(chart.getDom())) {
                    if (!chart.isDisposed()) {
                        chart.dispose();
                    }
                    return false;
                }
                chart.resize();
                return true;
            });
        }, 150);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', function () { draw(document); });
    } else {
        draw(document);
    }
    document.addEventListener('htmx:afterSettle', function () { draw(document); });
    window.addEventListener('resize', resize);
}());
