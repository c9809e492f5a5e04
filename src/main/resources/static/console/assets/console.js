// The console's only script (the CSP allows no inline script): draws the overview's charts from the numbers the
// page carries in data-chart attributes, in the page's language, and again after htmx swaps content in.
(function () {
  'use strict';

  function locale() {
    return (document.documentElement.lang || 'zh-CN').toLowerCase().indexOf('zh') === 0 ? 'ZH' : 'EN';
  }

  function option(chart) {
    if (chart.type === 'pie') {
      return {
        tooltip: { trigger: 'item' },
        legend: { bottom: 0, type: 'scroll' },
        series: [{
          type: 'pie', radius: ['35%', '65%'], name: chart.series[0].name,
          data: chart.labels.map(function (label, i) { return { name: label, value: chart.series[0].values[i] }; })
        }]
      };
    }
    // bar and gap: categories down the side so that long industry names stay readable on a phone
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { show: chart.series.length > 1, top: 0 },
      grid: { left: 8, right: 16, top: chart.series.length > 1 ? 28 : 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: chart.labels, axisLabel: { width: 140, overflow: 'truncate' } },
      series: chart.series.map(function (s) { return { type: 'bar', name: s.name, data: s.values }; })
    };
  }

  function draw(root) {
    if (typeof echarts === 'undefined') {
      return;
    }
    root.querySelectorAll('[data-chart]').forEach(function (element) {
      if (echarts.getInstanceByDom(element)) {
        return;
      }
      var chart = JSON.parse(element.getAttribute('data-chart'));
      var instance = echarts.init(element, null, { renderer: 'svg', locale: locale() });
      instance.setOption(option(chart));
      element.setAttribute('data-drawn', String(chart.labels.length));
    });
  }

  function resizeAll() {
    if (typeof echarts === 'undefined') {
      return;
    }
    document.querySelectorAll('[data-chart]').forEach(function (element) {
      var instance = echarts.getInstanceByDom(element);
      if (instance) {
        instance.resize();
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () { draw(document); });
  document.addEventListener('htmx:load', function (event) { draw(event.target); });
  window.addEventListener('resize', resizeAll);
}());
