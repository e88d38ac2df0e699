/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.orrery.model.Host;
import org.orrery.model.OrreryPackage;
import org.orrery.model.Substrate;
import org.orrery.model.SubstratePool;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Substrate Pool</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.orrery.model.impl.SubstratePoolImpl#getServer <em>Server</em>}</li>
 *   <li>{@link org.orrery.model.impl.SubstratePoolImpl#getCapacityMB <em>Capacity MB</em>}</li>
 *   <li>{@link org.orrery.model.impl.SubstratePoolImpl#getMulticastMBps <em>Multicast MBps</em>}</li>
 *   <li>{@link org.orrery.model.impl.SubstratePoolImpl#getDecompressMBps <em>Decompress MBps</em>}</li>
 *   <li>{@link org.orrery.model.impl.SubstratePoolImpl#getDockingMarginMB <em>Docking Margin MB</em>}</li>
 *   <li>{@link org.orrery.model.impl.SubstratePoolImpl#getSubstrates <em>Substrates</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SubstratePoolImpl extends NamedElementImpl implements SubstratePool {
	/**
	 * The cached value of the '{@link #getServer() <em>Server</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServer()
	 * @generated
	 * @ordered
	 */
	protected Host server;

	/**
	 * The default value of the '{@link #getCapacityMB() <em>Capacity MB</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapacityMB()
	 * @generated
	 * @ordered
	 */
	protected static final double CAPACITY_MB_EDEFAULT = 8192.0;

	/**
	 * The cached value of the '{@link #getCapacityMB() <em>Capacity MB</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapacityMB()
	 * @generated
	 * @ordered
	 */
	protected double capacityMB = CAPACITY_MB_EDEFAULT;

	/**
	 * The default value of the '{@link #getMulticastMBps() <em>Multicast MBps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMulticastMBps()
	 * @generated
	 * @ordered
	 */
	protected static final double MULTICAST_MBPS_EDEFAULT = 34.0;

	/**
	 * The cached value of the '{@link #getMulticastMBps() <em>Multicast MBps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMulticastMBps()
	 * @generated
	 * @ordered
	 */
	protected double multicastMBps = MULTICAST_MBPS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDecompressMBps() <em>Decompress MBps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecompressMBps()
	 * @generated
	 * @ordered
	 */
	protected static final double DECOMPRESS_MBPS_EDEFAULT = 256.0;

	/**
	 * The cached value of the '{@link #getDecompressMBps() <em>Decompress MBps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecompressMBps()
	 * @generated
	 * @ordered
	 */
	protected double decompressMBps = DECOMPRESS_MBPS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDockingMarginMB() <em>Docking Margin MB</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDockingMarginMB()
	 * @generated
	 * @ordered
	 */
	protected static final double DOCKING_MARGIN_MB_EDEFAULT = 16.0;

	/**
	 * The cached value of the '{@link #getDockingMarginMB() <em>Docking Margin MB</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDockingMarginMB()
	 * @generated
	 * @ordered
	 */
	protected double dockingMarginMB = DOCKING_MARGIN_MB_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSubstrates() <em>Substrates</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubstrates()
	 * @generated
	 * @ordered
	 */
	protected EList<Substrate> substrates;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SubstratePoolImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OrreryPackage.Literals.SUBSTRATE_POOL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Host getServer() {
		if (server != null && server.eIsProxy()) {
			InternalEObject oldServer = (InternalEObject)server;
			server = (Host)eResolveProxy(oldServer);
			if (server != oldServer) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, OrreryPackage.SUBSTRATE_POOL__SERVER, oldServer, server));
			}
		}
		return server;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Host basicGetServer() {
		return server;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setServer(Host newServer) {
		Host oldServer = server;
		server = newServer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.SUBSTRATE_POOL__SERVER, oldServer, server));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCapacityMB() {
		return capacityMB;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCapacityMB(double newCapacityMB) {
		double oldCapacityMB = capacityMB;
		capacityMB = newCapacityMB;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.SUBSTRATE_POOL__CAPACITY_MB, oldCapacityMB, capacityMB));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMulticastMBps() {
		return multicastMBps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMulticastMBps(double newMulticastMBps) {
		double oldMulticastMBps = multicastMBps;
		multicastMBps = newMulticastMBps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.SUBSTRATE_POOL__MULTICAST_MBPS, oldMulticastMBps, multicastMBps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDecompressMBps() {
		return decompressMBps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecompressMBps(double newDecompressMBps) {
		double oldDecompressMBps = decompressMBps;
		decompressMBps = newDecompressMBps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.SUBSTRATE_POOL__DECOMPRESS_MBPS, oldDecompressMBps, decompressMBps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDockingMarginMB() {
		return dockingMarginMB;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDockingMarginMB(double newDockingMarginMB) {
		double oldDockingMarginMB = dockingMarginMB;
		dockingMarginMB = newDockingMarginMB;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.SUBSTRATE_POOL__DOCKING_MARGIN_MB, oldDockingMarginMB, dockingMarginMB));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Substrate> getSubstrates() {
		if (substrates == null) {
			substrates = new EObjectContainmentEList<Substrate>(Substrate.class, this, OrreryPackage.SUBSTRATE_POOL__SUBSTRATES);
		}
		return substrates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case OrreryPackage.SUBSTRATE_POOL__SUBSTRATES:
				return ((InternalEList<?>)getSubstrates()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case OrreryPackage.SUBSTRATE_POOL__SERVER:
				if (resolve) return getServer();
				return basicGetServer();
			case OrreryPackage.SUBSTRATE_POOL__CAPACITY_MB:
				return getCapacityMB();
			case OrreryPackage.SUBSTRATE_POOL__MULTICAST_MBPS:
				return getMulticastMBps();
			case OrreryPackage.SUBSTRATE_POOL__DECOMPRESS_MBPS:
				return getDecompressMBps();
			case OrreryPackage.SUBSTRATE_POOL__DOCKING_MARGIN_MB:
				return getDockingMarginMB();
			case OrreryPackage.SUBSTRATE_POOL__SUBSTRATES:
				return getSubstrates();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case OrreryPackage.SUBSTRATE_POOL__SERVER:
				setServer((Host)newValue);
				return;
			case OrreryPackage.SUBSTRATE_POOL__CAPACITY_MB:
				setCapacityMB((Double)newValue);
				return;
			case OrreryPackage.SUBSTRATE_POOL__MULTICAST_MBPS:
				setMulticastMBps((Double)newValue);
				return;
			case OrreryPackage.SUBSTRATE_POOL__DECOMPRESS_MBPS:
				setDecompressMBps((Double)newValue);
				return;
			case OrreryPackage.SUBSTRATE_POOL__DOCKING_MARGIN_MB:
				setDockingMarginMB((Double)newValue);
				return;
			case OrreryPackage.SUBSTRATE_POOL__SUBSTRATES:
				getSubstrates().clear();
				getSubstrates().addAll((Collection<? extends Substrate>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case OrreryPackage.SUBSTRATE_POOL__SERVER:
				setServer((Host)null);
				return;
			case OrreryPackage.SUBSTRATE_POOL__CAPACITY_MB:
				setCapacityMB(CAPACITY_MB_EDEFAULT);
				return;
			case OrreryPackage.SUBSTRATE_POOL__MULTICAST_MBPS:
				setMulticastMBps(MULTICAST_MBPS_EDEFAULT);
				return;
			case OrreryPackage.SUBSTRATE_POOL__DECOMPRESS_MBPS:
				setDecompressMBps(DECOMPRESS_MBPS_EDEFAULT);
				return;
			case OrreryPackage.SUBSTRATE_POOL__DOCKING_MARGIN_MB:
				setDockingMarginMB(DOCKING_MARGIN_MB_EDEFAULT);
				return;
			case OrreryPackage.SUBSTRATE_POOL__SUBSTRATES:
				getSubstrates().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case OrreryPackage.SUBSTRATE_POOL__SERVER:
				return server != null;
			case OrreryPackage.SUBSTRATE_POOL__CAPACITY_MB:
				return capacityMB != CAPACITY_MB_EDEFAULT;
			case OrreryPackage.SUBSTRATE_POOL__MULTICAST_MBPS:
				return multicastMBps != MULTICAST_MBPS_EDEFAULT;
			case OrreryPackage.SUBSTRATE_POOL__DECOMPRESS_MBPS:
				return decompressMBps != DECOMPRESS_MBPS_EDEFAULT;
			case OrreryPackage.SUBSTRATE_POOL__DOCKING_MARGIN_MB:
				return dockingMarginMB != DOCKING_MARGIN_MB_EDEFAULT;
			case OrreryPackage.SUBSTRATE_POOL__SUBSTRATES:
				return substrates != null && !substrates.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (capacityMB: ");
		result.append(capacityMB);
		result.append(", multicastMBps: ");
		result.append(multicastMBps);
		result.append(", decompressMBps: ");
		result.append(decompressMBps);
		result.append(", dockingMarginMB: ");
		result.append(dockingMarginMB);
		result.append(')');
		return result.toString();
	}

} //SubstratePoolImpl
