import type {} from 'spa-widgets/vue';
