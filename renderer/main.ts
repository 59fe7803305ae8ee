// Entry point of the renderer bundle.
import 'primeicons/primeicons.css';
import './theme/app.css';

import { createWebHashHistory } from 'vue-router';

import { createKabinetApp } from './app/create-app.js';

const { app } = createKabinetApp(createWebHashHistory());
app.mount('#app');
